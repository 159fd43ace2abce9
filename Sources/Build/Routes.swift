import Foundation

/// Where each page lives: output files, root-relative URLs and absolute URLs.
struct Routes: Sendable {
    /// The absolute base URL, ending in `/`.
    let baseURL: String
    /// The path part of the base URL, starting and ending with `/`.
    let basePath: String

    init(baseURL: String) {
        let normalized = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.baseURL = normalized
        var path = URLComponents(string: normalized)?.path ?? "/"
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
        path.addingPercentEncoding(withAllowedCharacters: pathCharacters) ?? path
    }

    private static let pathCharacters: CharacterSet = {
        var set = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        set.insert(charactersIn: "")
        return set
    }()
}
