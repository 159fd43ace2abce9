import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import Synchronization
import UnixSignals

/// `pathways serve`: serves the built site, rebuilds when sources change and reloads open tabs.
public struct DevServer: Sendable {
    /// Where to listen, what to serve and watch.
    public let configuration: DevServerConfiguration
    private let watcher: any ChangeWatcher
    private let report: @Sendable (DevServerMessage) -> Void
    private let rebuild: @Sendable ([String]) async -> RebuildOutcome
    private let preview: (@Sendable ([String]) async -> [String: [UInt8]]?)?

    /// Makes a server; `rebuild` gets the changed paths (empty for the first build) and must discard its staging
    /// when its task is cancelled.
    /// - Parameters:
    ///   - watcher: Notices source changes; inotify on Linux, polling elsewhere.
    ///   - report: Receives what the maintainer should read in the terminal.
    ///   - preview: Given the changed paths before the rebuild, returns the HTML pages the change makes, by path inside
    ///     the site folder, when it can tell them quickly, else `nil`. They are served, and the tabs showing them
    ///     reload, at once; `rebuild` must then write the same bytes for them.
    public init(
        configuration: DevServerConfiguration,
        watcher: any ChangeWatcher = systemChangeWatcher(),
        report: @escaping @Sendable (DevServerMessage) -> Void = { _ in },
        preview: (@Sendable (_ changedPaths: [String]) async -> [String: [UInt8]]?)? = nil,
        rebuild: @escaping @Sendable (_ changedPaths: [String]) async -> RebuildOutcome
    ) {
        self.configuration = configuration
        self.watcher = watcher
        self.report = report
        self.preview = preview
        self.rebuild = rebuild
    }

    /// Serves until SIGINT or SIGTERM, then stops gracefully: the in-flight rebuild is cancelled and awaited.
    /// - Throws: `DevServerError.portInUse` before serving anything when the port is taken.
    public func run() async throws {
        try await run(gracefulShutdownSignals: [.sigint, .sigterm]) { _ in }
    }

    /// Serves until the signals arrive or `onServing`'s session is stopped; `onServing` gets the bound port.
    func run(
        gracefulShutdownSignals: [UnixSignal],
        onServing: @escaping @Sendable (ServingSession) async -> Void
    ) async throws {
        let status = BuildStatus()
        let broadcaster = ReloadBroadcaster()
        let previews = PreviewPages(siteFolder: configuration.siteFolder)
        let (serverReady, markReady) = AsyncStream<Void>.makeStream()
        let start = StartState()
        let host = configuration.host
        let report = self.report
        let quiet = Logger(label: "pathways.serve", factory: { _ in SwiftLogNoOpLogHandler() })

        let application = Application(
            responder: SiteResponder(
                resolver: SitePathResolver(siteFolder: configuration.siteFolder),
                status: status,
                broadcaster: broadcaster,
                previews: previews
            ),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                report(.serving(url: "http://\(Self.urlHost(host)):\(port)/"))
                start.markListening()
                markReady.yield()
                markReady.finish()
                if let group = start.group {
                    await onServing(ServingSession(port: port, group: group, broadcaster: broadcaster))
                }
            },
            logger: quiet
        )
        let loop = RebuildLoop(
            configuration: configuration,
            watcher: watcher,
            rebuild: rebuild,
            preview: preview,
            previews: previews,
            status: status,
            broadcaster: broadcaster,
            report: report,
            serverReady: serverReady
        )
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [application, loop],
                gracefulShutdownSignals: gracefulShutdownSignals,
                logger: quiet
            )
        )
        start.group = group
        do {
            try await group.run()
        } catch {
            markReady.finish()
            guard !start.isListening else { throw error }
            if let error = error as? IOError, error.errnoCode == EADDRINUSE {
                throw DevServerError.portInUse(host: host, port: configuration.port)
            }
            throw DevServerError.cannotListen(host: host, port: configuration.port, reason: "\(error)")
        }
        report(.stopped)
    }

    /// Brackets IPv6 addresses for URLs.
    static func urlHost(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}

/// A running server as tests see it: its port and a way to stop it as a signal would.
struct ServingSession: Sendable {
    /// The port actually bound.
    let port: Int
    let group: ServiceGroup
    let broadcaster: ReloadBroadcaster

    /// Starts the same graceful shutdown SIGINT starts.
    func stop() async {
        await group.triggerGracefulShutdown()
    }
}

/// What the server's start callback, made before the service group, shares with `run`.
private final class StartState: Sendable {
    private let storedGroup = Mutex<ServiceGroup?>(nil)
    private let listening = Mutex(false)

    /// The group running the server, set before it runs.
    var group: ServiceGroup? {
        get { storedGroup.withLock { $0 } }
        set { storedGroup.withLock { $0 = newValue } }
    }

    /// Whether the server got as far as listening; errors before that are about the address.
    var isListening: Bool { listening.withLock { $0 } }

    func markListening() {
        listening.withLock { $0 = true }
    }
}
