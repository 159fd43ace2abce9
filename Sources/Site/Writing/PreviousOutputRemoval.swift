#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How the previous output is removed once the new one is swapped in.
///
/// Deleting a tree of thousands of folders can take far longer than building
/// it on some disks (ext4 with `discard` spends seconds per thousand folders),
/// so the command line hands that work to a separate `rm` process. Either way
/// the new output is complete before the old one goes: the old tree is first
/// renamed to `.<output>.discarded-<pid>-<n>` beside it, which no reader looks
/// at, and a later build removes any that were left.
public enum PreviousOutputRemoval: Sendable {
    /// Removed before the build returns.
    case immediate
    /// Renamed aside and removed by a detached `rm -rf` that outlives the build.
    case background

    /// The name prefix of a discarded tree beside output folder `name`.
    static func prefix(forOutput name: String) -> String { ".\(name).discarded-" }

    /// Removes the tree at `path` (a discarded output, Pathways' own), now or in the background.
    func remove(_ path: String) {
        switch self {
        case .immediate:
            try? FileManager.default.removeItem(atPath: path)
        case .background:
            if !Self.spawnRemoval(of: path) { try? FileManager.default.removeItem(atPath: path) }
        }
    }

    /// Starts `rm -rf -- path` in its own session, so Ctrl-C on the build does not stop it; reaps it on a thread.
    private static func spawnRemoval(of path: String) -> Bool {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        #if os(Linux)
        // POSIX_SPAWN_SETSID (glibc 2.26): the remover leaves the terminal's process group.
        posix_spawnattr_setflags(&attributes, Int16(0x80))
        #endif
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let arguments = ["rm", "-rf", "--", path]
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        var child = pid_t()
        guard posix_spawn(&child, "/bin/rm", &actions, &attributes, &pointers, environ) == 0 else { return false }
        let pid = child
        Thread.detachNewThread {
            var status: Int32 = 0
            _ = waitpid(pid, &status, 0)
        }
        return true
    }
}
