import Foundation

/// Something the server tells the maintainer; the caller decides where it is printed.
public enum DevServerMessage: Sendable, Equatable, CustomStringConvertible {
    /// The server listens and the site can be opened at `url`.
    case serving(url: String)
    /// Pages an edit changes were rendered ahead of the rebuild and their tabs told to reload (URL paths).
    case previewed(pages: [String], seconds: Double)
    /// A rebuild finished and open tabs were told to reload.
    case rebuilt(summary: String)
    /// A rebuild failed; the last good site is still served with these diagnostics over it.
    case rebuildFailed(diagnostics: [String])
    /// The server stopped after SIGINT or SIGTERM.
    case stopped

    /// Whether the message belongs on standard error.
    public var isError: Bool {
        if case .rebuildFailed = self { return true }
        return false
    }

    /// The text for the terminal.
    public var description: String {
        switch self {
        case .serving(let url):
            return "Serving \(url) (Ctrl-C stops)"
        case .previewed(let pages, let seconds):
            // An edited title shows on dozens of list pages: a few are named, the rest counted.
            let named = pages.count > 3 ? pages.prefix(2).joined(separator: " ") + " and \(pages.count - 2) more pages" : pages.joined(separator: " ")
            return "previewed \(named) in \(String(format: "%.3f", seconds)) s; rebuilding the rest"
        case .rebuilt(let summary):
            return summary
        case .rebuildFailed(let diagnostics):
            return (diagnostics + ["build failed; still serving the last good site"]).joined(separator: "\n")
        case .stopped:
            return "Stopped"
        }
    }
}
