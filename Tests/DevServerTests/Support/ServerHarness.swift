import Foundation
import Testing
@testable import DevServer

struct HarnessTimeout: Error {}

/// Runs `operation`, giving up after `timeout`.
func withTimeout<T: Sendable>(_ timeout: Duration, _ operation: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: timeout)
            throw HarnessTimeout()
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// A server on a free loopback port serving a temporary site, stopped as SIGINT would stop it.
struct ServerHarness: Sendable {
    let session: ServingSession
    let task: Task<Void, any Error>

    var port: Int { session.port }

    /// Starts `server` and waits (bounded) until it listens.
    static func start(_ server: DevServer) async throws -> ServerHarness {
        let (sessions, served) = AsyncStream<ServingSession>.makeStream()
        let task = Task {
            defer { served.finish() }
            try await server.run(gracefulShutdownSignals: []) { served.yield($0) }
        }
        let session = try await withTimeout(.seconds(20)) { () -> ServingSession? in
            for await session in sessions { return session }
            return nil
        }
        guard let session else {
            try await task.value
            throw HarnessTimeout()
        }
        return ServerHarness(session: session, task: task)
    }

    /// Stops gracefully and waits (bounded) for `run()` to return.
    func stop() async throws {
        await session.stop()
        let task = self.task
        try await withTimeout(.seconds(20)) { try await task.value }
    }
}

extension DevServerConfiguration {
    /// A configuration for tests: a free port, no build on start.
    static func testing(site: URL, watching: [URL] = []) -> DevServerConfiguration {
        DevServerConfiguration(port: 0, siteFolder: site, watchedPaths: watching, buildsOnStart: false)
    }
}
