import Diagnostics
import Synchronization

/// A file that may be read and published: its path inside the listed folder and where its bytes are.
public struct SiteFile: Sendable, Hashable, Comparable {
    /// The path inside the folder that was listed, e.g. `photos/amal.jpg`.
    public let path: String
    /// The absolute path its bytes are read from, with every link resolved (always inside the site).
    public let sourcePath: String

    /// Creates a site file.
    public init(path: String, sourcePath: String) {
        self.path = path
        self.sourcePath = sourcePath
    }

    /// Orders by path.
    public static func < (lhs: SiteFile, rhs: SiteFile) -> Bool { lhs.path < rhs.path }
}

/// The site root seen through a ``FileSystem``, with the one rule for what
/// may be read and published: regular files inside the root. A symbolic link
/// is followed only while it stays inside the root; a link leading out, a
/// FIFO, a socket or a device is refused with a diagnostic, never read.
public struct SiteFolder: Sendable {
    /// What a path of the site turned out to be.
    public enum Entry: Sendable, Equatable {
        /// Nothing is there.
        case missing
        /// A regular file, read from this absolute path.
        case file(String)
        /// A folder at this absolute path.
        case folder(String)
        /// Something that must not be read, and why.
        case refused(String)
    }

    /// The file system everything is read through.
    public let fileSystem: any FileSystem
    /// The root as given, absolute.
    public let root: String
    /// The root with its links resolved; `nil` when it does not exist.
    public let realRoot: String?
    /// Folders of the site already found to be real folders inside the root, by relative path → real path: an entry
    /// in one of them that is not a link needs one `lstat`, not its whole path resolved again.
    private let knownFolders = KnownFolders()

    /// Deepest folder nesting listed; deeper trees are reported, not walked.
    public static let maximumDepth = 32

    /// Views the folder at `root` (absolute) through `fileSystem`.
    public init(root: String, fileSystem: any FileSystem = DiskFileSystem()) {
        let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        self.root = trimmed
        self.fileSystem = fileSystem
        self.realRoot = fileSystem.kindFollowingLinks(at: trimmed) == .folder ? fileSystem.resolvingLinks(trimmed) : nil
    }

    /// What `relativePath` (inside the root) is, with links resolved and the rule applied.
    public func entry(_ relativePath: String) -> Entry {
        guard let realRoot else { return .missing }
        let path = joinPath(root, relativePath)
        guard let kind = fileSystem.kind(at: path) else { return .missing }
        if kind == .regularFile || kind == .folder, let slash = relativePath.lastIndex(of: "/"),
           let parent = knownFolders.real(String(relativePath[..<slash])) {
            let name = relativePath[relativePath.index(after: slash)...]
            if !name.isEmpty, name != ".", name != ".." {
                let real = parent + "/" + name
                if kind == .folder { knownFolders.add(relativePath, real: real) }
                return kind == .folder ? .folder(real) : .file(real)
            }
        }
        guard let real = fileSystem.resolvingLinks(path) else { return .refused("is a broken symbolic link") }
        guard isPath(real, inside: realRoot) else {
            let how = kind == .symbolicLink ? "is a symbolic link" : "leads through a symbolic link"
            return .refused("\(how) to '\(real)', outside the site, so it is neither read nor published; copy the file into the site instead")
        }
        switch fileSystem.kind(at: real) {
        case .regularFile: return .file(real)
        case .folder:
            knownFolders.add(relativePath, real: real)
            return .folder(real)
        case .special(let what): return .refused("is \(what), not a regular file; only regular files are read and published")
        case .symbolicLink, nil: return .refused("is a broken symbolic link")
        }
    }

    /// The text of a file of the site, as UTF-8; `nil` when it is missing (no diagnostic) or unusable (a diagnostic).
    /// - Parameter limit: the largest size accepted, in bytes.
    public func text(_ relativePath: String, limit: Int = .max, diagnostics: inout [Diagnostic]) -> String? {
        switch entry(relativePath) {
        case .missing:
            return nil
        case .folder:
            diagnostics.append(.error("expected a file, found a folder", path: relativePath))
            return nil
        case .refused(let reason):
            diagnostics.append(.error("'\(relativePath)' \(reason)", path: relativePath))
            return nil
        case .file(let source):
            let bytes: [UInt8]
            do {
                bytes = try fileSystem.contents(of: source)
            } catch {
                diagnostics.append(.error("cannot read this file: \(error.message)", path: relativePath))
                return nil
            }
            if let problem = ContentLimits.sizeProblem(bytes: bytes.count, limit: limit) {
                diagnostics.append(.error(problem, path: relativePath))
                return nil
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(.error("file is not valid UTF-8 text; save it as UTF-8", path: relativePath))
                return nil
            }
            return text
        }
    }

    /// The visible names in a folder of the site, sorted; `nil` when it is missing or unusable (then a diagnostic says why).
    public func names(inFolder relativePath: String, diagnostics: inout [Diagnostic]) -> [String]? {
        switch entry(relativePath) {
        case .missing:
            return nil
        case .file:
            diagnostics.append(.error("expected a folder, found a file", path: relativePath))
            return nil
        case .refused(let reason):
            diagnostics.append(.error("'\(relativePath)' \(reason)", path: relativePath))
            return nil
        case .folder(let real):
            do {
                return try fileSystem.names(inFolder: real).filter { !$0.hasPrefix(".") }.sorted()
            } catch {
                diagnostics.append(.error("cannot read this folder: \(error.message); everything in it would be left out", path: relativePath))
                return nil
            }
        }
    }

    /// Every publishable file under a folder of the site, recursively, hidden names skipped, sorted by path.
    /// Links, special files and unreadable folders are reported in `diagnostics` with their paths.
    /// - Complexity: O(entries) file-system calls.
    public func files(under relativeFolder: String, diagnostics: inout [Diagnostic]) -> [SiteFile] {
        var files: [SiteFile] = []
        var visited: Set<String> = []
        collect(relativeFolder, inside: "", depth: 0, into: &files, visited: &visited, diagnostics: &diagnostics)
        return files.sorted()
    }

    private func collect(_ folder: String, inside prefix: String, depth: Int, into files: inout [SiteFile],
                         visited: inout Set<String>, diagnostics: inout [Diagnostic]) {
        guard case .folder(let real) = entry(folder) else {
            _ = names(inFolder: folder, diagnostics: &diagnostics)
            return
        }
        guard visited.insert(real).inserted else { return }
        guard depth < Self.maximumDepth else {
            diagnostics.append(.error("folders are nested more than \(Self.maximumDepth) deep here; nothing below is published", path: folder))
            return
        }
        for name in names(inFolder: folder, diagnostics: &diagnostics) ?? [] {
            let child = joinPath(folder, name)
            let inner = joinPath(prefix, name)
            switch entry(child) {
            case .missing:
                continue
            case .file(let source):
                files.append(SiteFile(path: inner, sourcePath: source))
            case .folder:
                collect(child, inside: inner, depth: depth + 1, into: &files, visited: &visited, diagnostics: &diagnostics)
            case .refused(let reason):
                diagnostics.append(.error("'\(child)' \(reason)", path: child))
            }
        }
    }
}

/// The folders a ``SiteFolder`` has resolved, shared by its copies (one load of a site).
private final class KnownFolders: Sendable {
    private let folders = Mutex<[String: String]>([:])

    func real(_ relativePath: String) -> String? {
        folders.withLock { $0[relativePath] }
    }

    func add(_ relativePath: String, real: String) {
        folders.withLock { $0[relativePath] = real }
    }
}
