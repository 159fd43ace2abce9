import Foundation

/// node, which runs the site's scripts in tests, when this machine has it.
public enum NodeJS {
    /// The executable, or `nil` when node is not installed.
    public static let path: String? = ["/usr/bin/node", "/usr/local/bin/node"].first { FileManager.default.isExecutableFile(atPath: $0) }
}
