import Diagnostics

/// What a build or check did: its problems and what it wrote.
public struct BuildReport: Sendable {
    /// Every error and warning, sorted by place.
    public var diagnostics: [Diagnostic]
    /// HTML pages rendered.
    public var pagesWritten: Int
    /// Files written in all (pages, feeds, assets, media).
    public var filesWritten: Int
    /// Wall-clock seconds the build took.
    public var duration: Double
    /// Each phase the build went through, with its wall-clock seconds.
    public var phases: [(name: String, seconds: Double, peakMemory: Int)] = []
    /// Pages rendered by this build; the others were kept from the previous build unchanged.
    public var pagesRendered: Int = 0
    /// Files kept from the previous build as they were (pages, feeds, copies).
    public var filesKept: Int = 0
    /// Whether the build found nothing changed since the last one and did nothing.
    public var upToDate: Bool = false

    /// How many diagnostics are errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// How many diagnostics are warnings.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    /// Whether the build succeeded.
    public var succeeded: Bool { errorCount == 0 }
}
