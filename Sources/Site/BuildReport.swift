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
    /// Each phase the build went through, with its wall-clock seconds, the CPU seconds the process used in it (on all
    /// cores: more than the wall-clock seconds when the phase ran on several) and the process's peak memory at its end.
    public var phases: [(name: String, seconds: Double, cpuSeconds: Double, peakMemory: Int)] = []
    /// Pages rendered by this build; the others were kept from the previous build unchanged.
    public var pagesRendered: Int = 0
    /// Files kept from the previous build as they were (pages, feeds, copies).
    public var filesKept: Int = 0
    /// Whether the build found nothing changed since the last one and did nothing.
    public var upToDate: Bool = false
    /// For each layout, the pages rendered with it and the time spent rendering them, slowest first: where a theme's
    /// time goes (`--verbose` prints it).
    public var layouts: [LayoutTime] = []

    /// How many diagnostics are errors.
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    /// How many diagnostics are warnings.
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    /// Whether the build succeeded.
    public var succeeded: Bool { errorCount == 0 }
}

/// The pages a build rendered with one layout and the time it spent on them, added over the threads that render.
public struct LayoutTime: Sendable, Equatable {
    /// The layout's name (`tag`, `opening`).
    public var layout: String
    /// Pages rendered with it.
    public var pages: Int
    /// Seconds spent rendering them, added over every thread: more than the render phase's wall time on several cores.
    public var seconds: Double

    /// A layout's pages and time.
    public init(layout: String, pages: Int, seconds: Double) {
        self.layout = layout
        self.pages = pages
        self.seconds = seconds
    }
}
