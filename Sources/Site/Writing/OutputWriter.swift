import Foundation
import Synchronization

/// The one place that writes a build's files to disk.
///
/// Files go to a staging folder beside the output folder; ``commit()`` swaps
/// the staging folder in, so a build that fails before the swap leaves the
/// previous output untouched. Every path is checked to stay inside the output.
public final class OutputWriter: Sendable {
    /// The folder the finished build replaces.
    public let outputDirectory: URL
    /// Where files are written until the swap.
    public let stagingDirectory: URL
    private let createdDirectories = Mutex<Set<String>>([])

    /// Prepares a fresh, empty staging folder next to `outputDirectory`.
    /// - Throws: ``OutputError`` when the folder cannot be created.
    public init(outputDirectory: URL) throws(OutputError) {
        let output = outputDirectory.standardizedFileURL
        self.outputDirectory = output
        let parent = output.deletingLastPathComponent()
        let name = ".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)"
        self.stagingDirectory = parent.appendingPathComponent(name, isDirectory: true)
        let fileManager = FileManager.default
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: stagingDirectory.path) {
                try fileManager.removeItem(at: stagingDirectory)
            }
            try fileManager.createDirectory(at: stagingDirectory, withIntermediateDirectories: false)
        } catch {
            throw OutputError(path: stagingDirectory.path, message: "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Writes `bytes` to `relativePath` inside the output.
    /// - Throws: ``OutputError`` when the path would leave the output folder or the write fails.
    public func write(_ bytes: some Collection<UInt8>, to relativePath: String) throws(OutputError) {
        let target = try resolve(relativePath)
        let data = Data(bytes)
        do {
            try data.write(to: target)
        } catch {
            throw OutputError(path: relativePath, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// Writes `text` as UTF-8 to `relativePath` inside the output.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Copies the file at `source` to `relativePath` inside the output.
    public func copyFile(from source: URL, to relativePath: String) throws(OutputError) {
        let target = try resolve(relativePath)
        do {
            try FileManager.default.copyItem(at: source, to: target)
        } catch {
            throw OutputError(path: relativePath, message: "cannot copy \(source.path): \(error.localizedDescription)")
        }
    }

    /// Replaces the output folder with the staging folder.
    public func commit() throws(OutputError) {
        let fileManager = FileManager.default
        let retired = stagingDirectory.deletingLastPathComponent()
            .appendingPathComponent(".\(outputDirectory.lastPathComponent).previous-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            if fileManager.fileExists(atPath: retired.path) { try fileManager.removeItem(at: retired) }
            let hadOutput = fileManager.fileExists(atPath: outputDirectory.path)
            if hadOutput { try fileManager.moveItem(at: outputDirectory, to: retired) }
            try fileManager.moveItem(at: stagingDirectory, to: outputDirectory)
            if hadOutput { try fileManager.removeItem(at: retired) }
        } catch {
            throw OutputError(path: outputDirectory.path, message: "cannot replace the output folder: \(error.localizedDescription)")
        }
    }

    /// Deletes the staging folder, leaving the previous output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: stagingDirectory)
    }

    /// The staging URL for `relativePath`, with its parent folders created.
    private func resolve(_ relativePath: String) throws(OutputError) -> URL {
        guard let components = OutputPath.components(of: relativePath) else {
            throw OutputError(path: relativePath, message: "refusing to write outside the output folder")
        }
        var url = stagingDirectory
        for component in components.dropLast() { url.appendPathComponent(component, isDirectory: true) }
        let parentKey = components.dropLast().joined(separator: "/")
        if !parentKey.isEmpty {
            let known = createdDirectories.withLock { $0.contains(parentKey) }
            if !known {
                do {
                    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
                } catch {
                    throw OutputError(path: relativePath, message: "cannot create folder: \(error.localizedDescription)")
                }
                createdDirectories.withLock { _ = $0.insert(parentKey) }
            }
        }
        return url.appendingPathComponent(components.last!, isDirectory: false)
    }
}

/// A file the build could not write.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The path the problem concerns.
    public let path: String
    /// What went wrong.
    public let message: String

    public var description: String { "\(path): error: \(message)" }
}

/// Rules for relative paths inside the output folder.
public enum OutputPath {
    /// The components of `path` when it is a safe relative path (no `..`,
    /// no absolute path, no empty or hidden-dot segments, no NUL); else `nil`.
    public static func components(of path: String) -> [String]? {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else { return nil }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for part in parts where part.isEmpty || part == "." || part == ".." {
            return nil
        }
        return parts
    }
}
