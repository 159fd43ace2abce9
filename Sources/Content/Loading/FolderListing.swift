import Foundation

/// Lists the files of a folder tree, for content, media and theme assets.
public enum FolderListing {
    /// Regular files under `folder` (recursively, hidden ones skipped), relative to it, sorted; empty when it does not exist.
    public static func files(under folder: URL) -> [String] {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            if fileManager.fileExists(atPath: folder.appendingPathComponent(relative).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}
