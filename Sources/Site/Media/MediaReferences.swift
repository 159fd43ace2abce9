import Foundation

/// Finds which files of the site a published item refers to, so only those are published.
///
/// An item refers to its bundle's files, its story photo (`image`), and the images and links of its body that lead
/// to `/media/...` or to a file beside it. Anything else (other sites, pages) is not media.
struct MediaReferences: Sendable {
    /// Files under `content/media/`, relative to it.
    let mediaFiles: Set<String>
    /// The path part of the base URL, starting and ending with `/`.
    let basePath: String

    /// The media file `reference` (as written in `item`) leads to, or nil when it leads to no file of the site.
    func resolve(_ reference: String, in item: PublishedItem) -> MediaFile? {
        var path = Substring(reference)
        if let cut = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = path[..<cut] }
        guard !path.isEmpty, !Self.hasScheme(path), !path.hasPrefix("//") else { return nil }
        let decoded = path.contains("%") ? String(path).removingPercentEncoding ?? String(path) : String(path)
        let joined: String
        if decoded.hasPrefix("/") {
            joined = decoded.hasPrefix(basePath) ? String(decoded.dropFirst(basePath.count)) : String(decoded.dropFirst())
        } else {
            joined = item.folder + decoded
        }
        guard let output = Self.normalise(joined) else { return nil }
        if output.hasPrefix("media/") {
            let name = String(output.dropFirst("media/".count))
            return mediaFiles.contains(name) ? MediaFile(source: "content/media/" + name, output: output) : nil
        }
        for file in item.bundleFiles where item.folder + file.name == output {
            return MediaFile(source: file.path, output: output)
        }
        return nil
    }

    /// Every media file `item` refers to, sorted by output path.
    func files(of item: PublishedItem) -> [MediaFile] {
        var found: Set<MediaFile> = []
        for file in item.bundleFiles { found.insert(MediaFile(source: file.path, output: item.folder + file.name)) }
        var written = item.bodyLinks + item.bodyImages.map(\.source)
        if case .story(let story) = item.detail, let image = story.image { written.append(image) }
        for reference in written {
            if let file = resolve(reference, in: item) { found.insert(file) }
        }
        return found.sorted()
    }

    /// `a/./b/../c` as `a/c`; nil when it climbs above the site root.
    static func normalise(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Whether `path` starts with a URL scheme such as `https:` or `mailto:`: an ASCII letter, then ASCII letters,
    /// digits, `+`, `-` or `.` up to a colon (RFC 3986, section 3.1).
    static func hasScheme(_ path: Substring) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var bytes = path.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            let allowed = isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard allowed else { return false }
        }
        return false
    }
}
