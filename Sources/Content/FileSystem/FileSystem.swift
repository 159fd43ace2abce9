/// What sits at a path, seen without following a final symbolic link.
public enum FileEntryKind: Sendable, Equatable {
    /// A regular file: the only kind a site publishes.
    case regularFile
    /// A folder.
    case folder
    /// A symbolic link; where it points is found with ``FileSystem/resolvingLinks(_:)``.
    case symbolicLink
    /// Anything else: a FIFO, a socket or a device, named for messages ("a named pipe (FIFO)").
    case special(String)
}

/// A problem reading the file system, with a message fit for a diagnostic.
public struct FileSystemError: Error, Sendable, Equatable {
    /// What went wrong, in plain words ("permission denied").
    public let message: String

    /// Creates an error with its message.
    public init(_ message: String) {
        self.message = message
    }
}

/// The read side of the file system, behind one seam so that loading can be
/// tested in memory (``MemoryFileSystem``) and runs on disk (``DiskFileSystem``).
///
/// Paths are absolute, `/`-separated strings.
public protocol FileSystem: Sendable {
    /// What is at `path`, without following a final link; `nil` when nothing is there.
    func kind(at path: String) -> FileEntryKind?
    /// The names in a folder (hidden ones included), in any order.
    /// - Throws: ``FileSystemError`` when the folder cannot be read.
    func names(inFolder path: String) throws(FileSystemError) -> [String]
    /// The bytes of a regular file.
    /// - Throws: ``FileSystemError`` when it is missing, not a regular file, or unreadable.
    func contents(of path: String) throws(FileSystemError) -> [UInt8]
    /// The path with every symbolic link resolved; `nil` when a link is broken or loops.
    func resolvingLinks(_ path: String) -> String?
    /// Creates a new file holding `bytes`, and its missing parent folders; never replaces anything.
    /// - Throws: ``FileSystemError`` when something is already there or the file cannot be made.
    mutating func createNewFile(at path: String, bytes: [UInt8]) throws(FileSystemError)
}

extension FileSystem {
    /// The kind of what `path` finally names, following links; `nil` when missing or broken.
    public func kindFollowingLinks(at path: String) -> FileEntryKind? {
        guard let kind = kind(at: path) else { return nil }
        guard kind == .symbolicLink else { return kind }
        return resolvingLinks(path).flatMap { self.kind(at: $0) }
    }
}

/// Joins path components with `/`, never doubling it.
public func joinPath(_ base: String, _ name: String) -> String {
    if base.isEmpty { return name }
    return base.hasSuffix("/") ? base + name : base + "/" + name
}

/// Whether `path` is `folder` itself or lies inside it (both absolute, without trailing `/`).
public func isPath(_ path: String, inside folder: String) -> Bool {
    if folder == "/" { return path.hasPrefix("/") }
    return path == folder || path.hasPrefix(folder + "/")
}
