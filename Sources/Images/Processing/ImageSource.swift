import Foundation

/// One picture to publish: where it sits in the site (for names and errors) and where its bytes are.
public struct ImageSource: Sendable, Hashable {
    /// Where the bytes come from: already in memory, or a file read only when the picture is processed.
    public enum Origin: Sendable, Hashable {
        case bytes([UInt8])
        case file(URL)
    }

    /// The path relative to the site root, e.g. `content/media/amal.jpg`; its extension must match the bytes.
    public var path: String
    /// The picture's bytes, or the file holding them; they are decoded, never published as they are.
    public var origin: Origin

    /// Creates a source from its path and bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        origin = .bytes(bytes)
    }

    /// Creates a source read from `file` when processed, so a batch never holds every original in memory.
    public init(path: String, file: URL) {
        self.path = path
        origin = .file(file)
    }

    /// The bytes, read from the file when that is where they are.
    func load() throws(ImageError) -> [UInt8] {
        switch origin {
        case let .bytes(bytes): return bytes
        case let .file(url):
            do { return Array(try Data(contentsOf: url)) } catch { throw .unreadable(error.localizedDescription) }
        }
    }

    /// The extension of `path`, lowercase and without the dot ("" when there is none).
    var fileExtension: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...]).lowercased()
    }

    /// `path` without its extension, the stem every variant name starts with.
    var stem: String {
        let ext = fileExtension
        return ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
    }
}
