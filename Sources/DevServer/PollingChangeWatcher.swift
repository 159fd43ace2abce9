import Foundation

/// Notices changes by listing the watched paths every interval and comparing sizes and modification dates.
///
/// The fallback where inotify is missing (macOS); it costs a walk of the sources per interval.
public struct PollingChangeWatcher: ChangeWatcher {
    /// How long between two walks.
    public var interval: Duration

    /// Makes a watcher that walks the sources every `interval`.
    public init(interval: Duration = .milliseconds(200)) {
        self.interval = interval
    }

    public func watch(_ paths: [URL], onChange: @escaping @Sendable ([String]) -> Void) async throws {
        var previous = Self.snapshot(of: paths)
        while !Task.isCancelled {
            do { try await Task.sleep(for: interval) } catch { return }
            let current = Self.snapshot(of: paths)
            let changed = Self.differences(between: previous, and: current)
            previous = current
            if !changed.isEmpty { onChange(changed) }
        }
    }

    /// One file's identity for comparison.
    struct Stamp: Equatable {
        var size: Int
        var modified: Date
    }

    /// Every file under the watched paths with its stamp.
    static func snapshot(of paths: [URL]) -> [String: Stamp] {
        var files: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        for root in paths {
            let rootPath = root.standardizedFileURL.path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: rootPath, isDirectory: &isFolder) else { continue }
            if !isFolder.boolValue {
                files[rootPath] = stamp(of: URL(fileURLWithPath: rootPath), keys: keys)
                continue
            }
            let walker = FileManager.default.enumerator(at: URL(fileURLWithPath: rootPath), includingPropertiesForKeys: keys)
            while let file = walker?.nextObject() as? URL {
                if let stamp = stamp(of: file, keys: keys) { files[file.path] = stamp }
            }
        }
        return files
    }

    /// The paths added, removed or changed between two snapshots, sorted.
    static func differences(between old: [String: Stamp], and new: [String: Stamp]) -> [String] {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed.sorted()
    }

    private static func stamp(of file: URL, keys: [URLResourceKey]) -> Stamp? {
        guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return nil }
        return Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
    }
}
