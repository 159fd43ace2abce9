#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Site
import Synchronization

/// Shows a build's phase and counts on one terminal line, rewritten in place.
/// Silent when standard error is not a terminal, or when `CI` is set.
enum TerminalProgress {
    /// A progress listener for this terminal, or `nil` when progress should not be shown.
    static func listener(environment: [String: String] = ProcessInfo.processInfo.environment) -> BuildProgress? {
        guard isatty(STDERR_FILENO) == 1, environment["CI"] == nil else { return nil }
        let state = Mutex<(name: String, total: Int?, shown: Int)>(("", nil, 0))
        return BuildProgress(
            phaseStarted: { name, total in
                state.withLock { $0 = (name, total, 0) }
                show("\(name)…")
            },
            advanced: { done in
                let line: String? = state.withLock { current in
                    guard let total = current.total, done - current.shown >= max(1, total / 50) || done == total else { return nil }
                    current.shown = done
                    return "\(current.name) \(done)/\(total)"
                }
                if let line { show(line) }
            })
    }

    /// Clears the progress line before the summary is printed.
    static func clear() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static func show(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }
}
