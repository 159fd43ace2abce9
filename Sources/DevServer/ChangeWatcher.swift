import Foundation

/// Notices changes to the watched sources; the seam tests drive without touching the file system.
public protocol ChangeWatcher: Sendable {
    /// Watches `paths` (folders recursively, new subfolders too; files by name) until the task is cancelled,
    /// calling `onChange` with the paths that changed.
    func watch(_ paths: [URL], onChange: @escaping @Sendable ([String]) -> Void) async throws
}

/// The watcher for this system: inotify on Linux, polling elsewhere.
public func systemChangeWatcher() -> any ChangeWatcher {
    #if os(Linux)
    return InotifyChangeWatcher()
    #else
    return PollingChangeWatcher()
    #endif
}

/// Suspends until the current task is cancelled.
func waitUntilCancelled() async {
    while !Task.isCancelled {
        try? await Task.sleep(for: .seconds(3600))
    }
}
