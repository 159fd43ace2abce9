/// One file of a built index, to be written under the search folder.
public struct SearchIndexFile: Sendable, Hashable {
    /// The path relative to the search folder, with `/` separators, e.g. `t/3.json`.
    public var path: String
    /// The file's exact bytes.
    public var bytes: [UInt8]

    /// Makes a file from its relative path and bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
