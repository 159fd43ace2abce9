import DevServer
import Dispatch
import Foundation
import Site
import Synchronization

/// What `pathways serve` builds and serves: the site built with the incremental
/// build into a folder of its own, `ROOT/.pathways-cache/serve/site`, so that
/// serving never touches `public/` (which stays what the last `pathways build`
/// made), rebuilt on every change to `content/` (site.yml included) or `templates/`.
struct SiteServing: Sendable {
    /// The build settings of every rebuild; the base URL is the server's own address unless one was given.
    let settings: BuildSettings
    let host: String
    let port: Int
    /// `--base-url`, when the maintainer asked for one instead of the server's address.
    let baseURL: String?
    /// `--verbose`: each rebuild's line also gives the time of each phase.
    let verbose: Bool
    /// What the rebuilds keep in memory between them; closed when the server stops.
    let session = BuildSession()
    /// The address the server listens on, known once it listens: pages link to it.
    private let servingURL = ServingAddress()

    /// The folder under a site root that `serve` builds into.
    static func outputFolder(root: URL) -> URL {
        root.appendingPathComponent(".pathways-cache/serve/site", isDirectory: true)
    }

    init(settings: BuildSettings, host: String, port: Int, baseURL: String?, verbose: Bool = false) {
        var serving = settings
        serving.output = Self.outputFolder(root: settings.root)
        serving.cache = .reuse
        // Removing a large previous tree can take seconds on some disks; the reload must not wait for it.
        serving.previousOutputRemoval = .background
        // The served folder is Pathways' own: after an edit, move in only what changed (see OutputWriter+InPlace).
        serving.updatesOutputInPlace = true
        serving.progress = nil
        // Each rebuild reuses what the last one read, decoded and rendered, in memory.
        serving.session = session
        self.settings = serving
        self.host = host
        self.port = port
        self.baseURL = baseURL
        self.verbose = verbose
    }

    /// The server: it listens, builds once, then watches and rebuilds; `report` prints what it says.
    func makeServer(report: @escaping @Sendable (DevServerMessage) -> Void) -> DevServer {
        let configuration = DevServerConfiguration(
            host: host, port: port, siteFolder: settings.output,
            watchedPaths: [settings.root.appendingPathComponent("content", isDirectory: true),
                           settings.root.appendingPathComponent("templates", isDirectory: true)])
        let servingURL = self.servingURL
        return DevServer(configuration: configuration, report: { message in
            if case .serving(let url) = message { servingURL.set(url) }
            report(message)
        }, preview: { changed in self.session.previewPages(changedFiles: changed) }, rebuild: { _ in await self.rebuild() })
    }

    /// Builds once, off the server's threads; the build stages and swaps, so a failure leaves the last good site served.
    func rebuild() async -> RebuildOutcome {
        var settings = self.settings
        settings.baseURLOverride = baseURL ?? servingURL.url
        let builder = SiteBuilder(settings: settings)
        let report = await withCheckedContinuation { (done: CheckedContinuation<BuildReport, Never>) in
            DispatchQueue.global().async { done.resume(returning: builder.build()) }
        }
        return Self.outcome(report, verbose: verbose)
    }

    /// A build report as the server tells it: one summary line, or every diagnostic, errors first.
    static func outcome(_ report: BuildReport, verbose: Bool = false) -> RebuildOutcome {
        let seconds = String(format: "%.2f", report.duration)
        guard report.succeeded else {
            let ordered = report.diagnostics.filter { $0.severity == .error } + report.diagnostics.filter { $0.severity != .error }
            return .failed(diagnostics: ordered.map(\.description))
        }
        let phases = verbose ? " (" + report.phases.map { "\($0.name) \(String(format: "%.3f", $0.seconds)) s" }.joined(separator: ", ") + ")" : ""
        if report.upToDate { return .built(summary: "up to date (checked in \(seconds) s)\(phases)") }
        return .built(summary: "rebuilt: \(report.pagesRendered) of \(report.pagesWritten) pages rendered, "
            + "\(report.warningCount) warning\(report.warningCount == 1 ? "" : "s"), in \(seconds) s\(phases)")
    }
}

/// The server's own address, set once it listens and read by every rebuild.
final class ServingAddress: Sendable {
    private let stored = Mutex<String?>(nil)

    /// The address, or `nil` before the server listens.
    var url: String? { stored.withLock { $0 } }

    func set(_ url: String) {
        stored.withLock { $0 = url }
    }
}
