import Content
import Foundation

/// What one build reads, where it writes, and the date it builds for.
public struct BuildSettings: Sendable {
    /// The site folder, holding `content/` and `templates/`.
    public var root: URL
    /// The folder the build replaces.
    public var output: URL
    /// The build date: openings that expire before it are closed.
    public var now: BuildDate
    /// Whether items marked `draft` are published.
    public var includeDrafts: Bool
    /// Replaces `base_url` from site.yml when set.
    public var baseURLOverride: String?
    /// Replace an output folder that Pathways did not make (never the site, `content/` or `templates/`).
    public var force: Bool
    /// What content and the theme are read through.
    public var fileSystem: any FileSystem
    /// Told of each phase as the build runs; `nil` for a quiet build.
    public var progress: BuildProgress?
    /// Whether the build keeps what did not change since the last build (see ``BuildCacheUse``).
    public var cache: BuildCacheUse = .off
    /// How the previous output is removed after the swap.
    public var previousOutputRemoval: PreviousOutputRemoval = .immediate
    /// Whether an incremental build moves only the files it wrote into the output, one atomic rename each
    /// (`serve`, into its own folder, where a saved edit should show at once), instead of swapping in a whole
    /// new output folder in one atomic exchange (`build`, the default: a reader of `public/` never sees a mix).
    public var updatesOutputInPlace = false
    /// What a long-running process keeps between its builds of this site (`serve`); `nil` for a one-off build.
    public var session: BuildSession?
    /// Whether the process ends right after the build (`pathways build`), so that the build may leave what it read and
    /// recorded for the exit to free: freeing tens of thousands of records one by one cost an edit build a tenth of
    /// its time.
    public var processEndsAfterBuild = false
    /// The Pathways doing the build (``ProgramIdentity``): every cache a build leaves holds for this program only.
    var program = ProgramIdentity.current

    public init(root: URL, output: URL, now: BuildDate, includeDrafts: Bool = false, baseURLOverride: String? = nil,
                force: Bool = false, fileSystem: any FileSystem = DiskFileSystem(), progress: BuildProgress? = nil) {
        self.root = root
        self.output = output
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
        self.force = force
        self.fileSystem = fileSystem
        self.progress = progress
    }
}

/// A calendar day in UTC, written `YYYY-MM-DD`: the day a build is made for.
public typealias BuildDate = ContentDate
