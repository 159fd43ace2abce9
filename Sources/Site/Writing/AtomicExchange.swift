#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Swaps two paths in one step, so a reader always finds one of them at each name.
enum AtomicExchange {
    /// Exchanges `first` and `second` (both must exist, on one file system).
    /// Falls back to two renames where the file system cannot exchange.
    /// - Returns: whether the paths were swapped; `errno` says why not.
    static func swap(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
        if let renameat2 = linuxRenameAt2 {
            if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return true }
            guard errno == EINVAL || errno == ENOSYS else { return false }
        }
        #elseif canImport(Darwin)
        if renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 { return true }
        guard errno == ENOTSUP || errno == EINVAL else { return false }
        #endif
        // Two renames: a short window without the second name, on file systems that cannot exchange.
        let aside = second + ".exchange-\(getpid())"
        guard rename(second, aside) == 0 else { return false }
        guard rename(first, second) == 0 else {
            let saved = errno
            _ = rename(aside, second)
            errno = saved
            return false
        }
        return rename(aside, first) == 0
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 1 << 1
    /// glibc's `renameat2` (2.28 and later), looked up at run time: Swift's Glibc module hides it behind `_GNU_SOURCE`.
    private static let linuxRenameAt2: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}
