import Foundation

/// Locates `../shared` (the team's conformance data and benchmarks) beside the repository.
public enum SharedFolder {
    /// The repository root, found from this source file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/<relativePath>` when it exists, else `nil` (a clone without ../shared).
    public static func file(_ relativePath: String) -> URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared").appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
