/// A file system held in memory, for tests: files, folders, links and special
/// entries at absolute paths; folders can be marked unreadable.
public struct MemoryFileSystem: FileSystem {
    /// One entry of the tree.
    public enum Entry: Sendable, Equatable {
        /// A regular file with its bytes.
        case file([UInt8])
        /// A folder; `readable: false` makes listing it fail with "permission denied".
        case folder(readable: Bool)
        /// A symbolic link to an absolute or relative target.
        case link(String)
        /// A FIFO, socket or device, described.
        case special(String)
    }

    /// Every entry by absolute path; parents are created by ``addFile(_:_:)`` and friends.
    public private(set) var entries: [String: Entry] = ["/": .folder(readable: true)]

    /// Creates an empty file system holding only `/`.
    public init() {}

    /// Adds a text file, creating its parent folders.
    public mutating func addFile(_ path: String, _ text: String) {
        add(path, .file(Array(text.utf8)))
    }

    /// Adds an entry, creating its parent folders.
    public mutating func add(_ path: String, _ entry: Entry) {
        var parent = ""
        for component in path.split(separator: "/").dropLast() {
            parent += "/" + component
            if entries[parent] == nil { entries[parent] = .folder(readable: true) }
        }
        entries[path] = entry
    }

    public func kind(at path: String) -> FileEntryKind? {
        // Like lstat: links in the parent folders are followed, a link at the end is not.
        let normalised = normalise(path)
        var key = normalised
        if let slash = normalised.lastIndex(of: "/"), slash != normalised.startIndex {
            guard let parent = resolvingLinks(String(normalised[..<slash])) else { return nil }
            key = joinPath(parent, String(normalised[normalised.index(after: slash)...]))
        }
        switch entries[key] {
        case nil: return nil
        case .file: return .regularFile
        case .folder: return .folder
        case .link: return .symbolicLink
        case .special(let what): return .special(what)
        }
    }

    public func names(inFolder path: String) throws(FileSystemError) -> [String] {
        let folder = resolvingLinks(path) ?? normalise(path)
        guard case .folder(let readable) = entries[folder] else { throw FileSystemError("not a folder") }
        guard readable else { throw FileSystemError("permission denied") }
        let prefix = folder == "/" ? "/" : folder + "/"
        return entries.keys.filter { $0.hasPrefix(prefix) && $0 != folder && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }
    }

    public func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        guard let real = resolvingLinks(path) else { throw FileSystemError("no such file or folder") }
        switch entries[real] {
        case .file(let bytes): return bytes
        case .folder: throw FileSystemError("is a folder")
        default: throw FileSystemError("not a regular file")
        }
    }

    public mutating func createNewFile(at path: String, bytes: [UInt8]) throws(FileSystemError) {
        guard kind(at: path) == nil else { throw FileSystemError("already exists") }
        add(path, .file(bytes))
    }

    public func resolvingLinks(_ path: String) -> String? {
        var resolved = ""
        var pending = normalise(path).split(separator: "/").map(String.init)
        var hops = 0
        while !pending.isEmpty {
            let component = pending.removeFirst()
            if component == ".." { resolved = parent(of: resolved); continue }
            if component == "." { continue }
            let candidate = resolved + "/" + component
            switch entries[candidate] {
            case nil: return nil
            case .link(let target):
                hops += 1
                if hops > 40 { return nil }
                if target.hasPrefix("/") { resolved = "" }
                pending = target.split(separator: "/").map(String.init) + pending
            default:
                resolved = candidate
            }
        }
        return resolved.isEmpty ? "/" : resolved
    }

    private func normalise(_ path: String) -> String {
        let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        return trimmed.isEmpty ? "/" : trimmed
    }

    private func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }
}
