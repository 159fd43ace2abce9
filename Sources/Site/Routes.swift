import Content
import Foundation

/// Where each page lives: output files, root-relative URLs and absolute URLs.
struct Routes: Sendable {
    /// The absolute base URL, ending in `/`.
    let baseURL: String
    /// The path part of the base URL, starting and ending with `/`.
    let basePath: String

    init(baseURL: BaseURL) {
        self.baseURL = baseURL.string
        var path = URLComponents(string: baseURL.string)?.path ?? "/"
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.basePath = path
    }

    /// The root-relative URL of an output folder or file (`stories/amal/` → `/stories/amal/`).
    func url(_ outputPath: String) -> String { basePath + Routes.percentEncode(outputPath) }

    /// The absolute URL of an output folder or file.
    func canonical(_ outputPath: String) -> String { baseURL + Routes.percentEncode(outputPath) }

    /// The file that serves a folder URL: `stories/` → `stories/index.html`.
    static func file(forFolder folder: String) -> String { folder + "index.html" }

    /// Percent-encodes what may not stand in a URL path, leaving `/` and ASCII letters alone.
    static func percentEncode(_ path: String) -> String {
        // Nearly every path is plain ASCII already; Foundation's encoder is slow enough to show in profiles.
        if path.utf8.allSatisfy(isPlainPathByte) { return path }
        return path.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? path
    }

    private static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }

    private static let pathCharacters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
}
