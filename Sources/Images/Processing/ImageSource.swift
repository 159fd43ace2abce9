/// One picture to publish: where it sits in the site (for names and errors) and its bytes.
public struct ImageSource: Sendable, Hashable {
    /// The path relative to the site root, e.g. `content/media/amal.jpg`; its extension must match the bytes.
    public var path: String
    /// The file's bytes; they are decoded, never published as they are.
    public var bytes: [UInt8]

    /// Creates a source from its path and bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
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
