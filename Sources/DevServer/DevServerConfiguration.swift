import Foundation

/// Where `pathways serve` listens, what it serves and what it watches.
public struct DevServerConfiguration: Sendable {
    /// The address to listen on, `127.0.0.1` unless the maintainer asks for another.
    public var host: String
    /// The port to listen on; 0 asks the system for a free one.
    public var port: Int
    /// The build output folder served; the build may swap it between rebuilds.
    public var siteFolder: URL
    /// Folders (watched recursively, new subfolders too) and files whose changes trigger a rebuild.
    public var watchedPaths: [URL]
    /// Whether the server runs one rebuild (with no changed paths) as soon as it listens.
    public var buildsOnStart: Bool
    /// How long the watched files must stay quiet before a burst of saves makes one rebuild.
    public var debounce: Duration

    /// Makes a configuration; the defaults are the maintainer's loop: 127.0.0.1:1313, a build on start, 25 ms quiet.
    public init(
        host: String = "127.0.0.1",
        port: Int = 1313,
        siteFolder: URL,
        watchedPaths: [URL],
        buildsOnStart: Bool = true,
        debounce: Duration = .milliseconds(25)
    ) {
        self.host = host
        self.port = port
        self.siteFolder = siteFolder
        self.watchedPaths = watchedPaths
        self.buildsOnStart = buildsOnStart
        self.debounce = debounce
    }
}
