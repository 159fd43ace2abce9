import Foundation

/// Templates read from a list of directories, searched in order.
///
/// A name such as `item`, `item.liquid` or `partials/item` is looked up in
/// each directory, with `.liquid` appended when missing. Names that climb out
/// of the directories (`..`) or are absolute are refused.
public struct FileSystemLoader: TemplateLoader {
    /// The directories searched, first match wins.
    public let directories: [URL]

    public init(directories: [URL]) {
        self.directories = directories
    }

    public func source(named name: String) throws -> String? {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"),
              !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty })
        else {
            throw TemplateLoaderError("template name '\(name)' is refused: names are relative paths without '..'")
        }
        let candidates = name.hasSuffix(".liquid") ? [name] : [name + ".liquid", name]
        for directory in directories {
            for candidate in candidates {
                let url = directory.appendingPathComponent(candidate)
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                return try String(contentsOf: url, encoding: .utf8)
            }
        }
        return nil
    }
}
