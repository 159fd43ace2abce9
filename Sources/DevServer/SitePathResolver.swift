import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a request path names inside the site folder.
enum ResolvedPath: Equatable {
    /// A regular file inside the site folder.
    case file(path: String)
    /// A folder asked for without its trailing slash: send the browser to `location`.
    case redirect(location: String)
    /// Nothing there.
    case notFound
    /// The path tries to leave the site folder (`..`, `%2e%2e`, a symlink pointing out) or is malformed.
    case refused
}

/// Maps request paths to files in the site folder, refusing every way out of it.
///
/// The folder is looked up anew for each request, because the build swaps it between rebuilds.
struct SitePathResolver: Sendable {
    /// The served folder.
    let siteFolder: URL

    /// Resolves a request target (path and optional query) to a file in the site folder.
    func resolve(target: String) -> ResolvedPath {
        let rawPath = String(target.prefix { $0 != "?" && $0 != "#" })
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .refused }
        var segments: [Substring] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." || segment == "." || segment.contains("\0") || segment.contains("\\") {
                return .refused
            }
            segments.append(segment)
        }
        let root = siteFolder.path
        let candidate = ([root] + segments.map(String.init)).joined(separator: "/")
        switch Self.kind(ofPath: candidate) {
        case .directory:
            guard decoded.hasSuffix("/") else {
                let query = target.dropFirst(rawPath.count)
                return .redirect(location: rawPath + "/" + query)
            }
            let index = candidate + "/index.html"
            return Self.kind(ofPath: index) == .file ? checked(index, root: root) : .notFound
        case .file:
            return decoded.hasSuffix("/") ? .notFound : checked(candidate, root: root)
        case .missing:
            return .notFound
        }
    }

    /// Refuses a file whose real path (symlinks followed) lies outside the real site folder.
    private func checked(_ path: String, root: String) -> ResolvedPath {
        guard let realRoot = Self.realPath(root), let realFile = Self.realPath(path) else { return .notFound }
        let prefix = realRoot.hasSuffix("/") ? realRoot : realRoot + "/"
        return realFile.hasPrefix(prefix) ? .file(path: path) : .refused
    }

    private enum Kind { case file, directory, missing }

    private static func kind(ofPath path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return .missing
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
