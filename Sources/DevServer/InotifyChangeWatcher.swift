#if os(Linux)
import Foundation
import Glibc
import Synchronization

/// Notices changes through Linux's inotify: one watch per folder, new subfolders added as they appear.
///
/// Falls back to polling when the system refuses inotify (no instance or watch left).
public struct InotifyChangeWatcher: ChangeWatcher {
    /// Makes a watcher.
    public init() {}

    public func watch(_ paths: [URL], onChange: @escaping @Sendable ([String]) -> Void) async throws {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            try await PollingChangeWatcher().watch(paths, onChange: onChange)
            return
        }
        let session = InotifySession(descriptor: descriptor, onChange: onChange)
        guard session.addRoots(paths) else {
            close(descriptor)
            try await PollingChangeWatcher().watch(paths, onChange: onChange)
            return
        }
        let source = DispatchSource.makeReadSource(
            fileDescriptor: descriptor,
            queue: DispatchQueue(label: "pathways.serve.inotify")
        )
        source.setEventHandler { session.drain() }
        source.setCancelHandler { close(descriptor) }
        source.resume()
        await waitUntilCancelled()
        source.cancel()
    }
}

/// Owns one inotify descriptor's watches and turns its events into changed paths.
final class InotifySession: Sendable {
    /// A watched folder: every name in it, or only some (a watched file's folder), and whether subfolders count.
    struct WatchedFolder {
        var path: String
        var recursive: Bool
        var names: Set<String>?
    }

    private let descriptor: Int32
    private let onChange: @Sendable ([String]) -> Void
    private let folders = Mutex<[Int32: WatchedFolder]>([:])

    private static let folderMask = UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE)
        | UInt32(IN_DELETE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ATTRIB)
        | UInt32(IN_ONLYDIR)

    init(descriptor: Int32, onChange: @escaping @Sendable ([String]) -> Void) {
        self.descriptor = descriptor
        self.onChange = onChange
    }

    /// Watches each root: folders with all their subfolders, files through their folder. False when out of watches.
    func addRoots(_ roots: [URL]) -> Bool {
        for root in roots {
            let path = root.standardizedFileURL.path
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            if exists && isFolder.boolValue {
                guard addTree(path) != nil else { return false }
            } else {
                // A file (or one not made yet) is watched through its folder, so an editor's save-by-rename is seen.
                let folder = (path as NSString).deletingLastPathComponent
                let name = (path as NSString).lastPathComponent
                guard add(folder: folder, recursive: false, names: [name]) else { return false }
            }
        }
        return true
    }

    /// Watches a folder and every folder under it; returns the files found, nil when out of watches.
    @discardableResult
    private func addTree(_ path: String) -> [String]? {
        guard add(folder: path, recursive: true, names: nil) else { return nil }
        var files: [String] = []
        guard let walker = FileManager.default.enumerator(atPath: path) else { return files }
        while let relative = walker.nextObject() as? String {
            let full = path + "/" + relative
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                guard add(folder: full, recursive: true, names: nil) else { return nil }
            } else {
                files.append(full)
            }
        }
        return files
    }

    private func add(folder: String, recursive: Bool, names: Set<String>?) -> Bool {
        let watch = inotify_add_watch(descriptor, folder, Self.folderMask)
        if watch < 0 {
            // A folder that vanished meanwhile is no failure; running out of watches is.
            return errno != ENOSPC && errno != ENOMEM
        }
        folders.withLock { table in
            if var known = table[watch] {
                known.recursive = known.recursive || recursive
                known.names = (known.names == nil || names == nil) ? nil : known.names!.union(names!)
                table[watch] = known
            } else {
                table[watch] = WatchedFolder(path: folder, recursive: recursive, names: names)
            }
        }
        return true
    }

    /// Reads every pending event and reports the paths they name, once per drain.
    func drain() {
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            changed.formUnion(paths(inEvents: buffer[..<count]))
        }
        if !changed.isEmpty { onChange(changed.sorted()) }
    }

    /// Parses packed `inotify_event` records: wd, mask, cookie, len, then a NUL-padded name of len bytes.
    private func paths(inEvents bytes: ArraySlice<UInt8>) -> [String] {
        var found: [String] = []
        let headerSize = 16
        var offset = bytes.startIndex
        while offset + headerSize <= bytes.endIndex {
            let (watch, mask, nameLength) = bytes.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let base = offset - bytes.startIndex
                return (
                    raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                    raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                    Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self))
                )
            }
            let nameBytes = bytes[(offset + headerSize)..<min(offset + headerSize + nameLength, bytes.endIndex)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + nameLength
            found.append(contentsOf: handle(watch: watch, mask: mask, name: name))
        }
        return found
    }

    private func handle(watch: Int32, mask: UInt32, name: String) -> [String] {
        if mask & UInt32(IN_IGNORED) != 0 {
            folders.withLock { _ = $0.removeValue(forKey: watch) }
            return []
        }
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: report every watched folder so the rebuild looks at everything.
            return folders.withLock { $0.values.map(\.path) }
        }
        guard let folder = folders.withLock({ $0[watch] }), !name.isEmpty, !Self.isEditorScratch(name) else {
            return []
        }
        if let names = folder.names, !names.contains(name) { return [] }
        let path = folder.path + "/" + name
        let becameFolder = mask & UInt32(IN_ISDIR) != 0 && mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0
        if becameFolder && folder.recursive {
            // Files may have landed in the new folder before its watch existed; report them too.
            return [path] + (addTree(path) ?? [])
        }
        return [path]
    }

    /// Swap and backup files editors write beside a saved file, which never feed the build.
    private static func isEditorScratch(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name == "4913"
            || name.hasPrefix(".#")
    }
}
#endif
