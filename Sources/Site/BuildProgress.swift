import Dispatch
import Foundation
#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// What a build tells its caller while it runs: the phase it entered, and for
/// long phases how far it got. The command line shows it on a terminal.
public struct BuildProgress: Sendable {
    /// Called when a phase starts, with its name and, for counted phases, the total.
    public var phaseStarted: @Sendable (_ name: String, _ total: Int?) -> Void
    /// Called as a counted phase advances, with how many are done.
    public var advanced: @Sendable (_ done: Int) -> Void

    /// Creates a progress listener.
    public init(phaseStarted: @escaping @Sendable (String, Int?) -> Void, advanced: @escaping @Sendable (Int) -> Void) {
        self.phaseStarted = phaseStarted
        self.advanced = advanced
    }
}

/// Times a build's phases and reports them to a ``BuildProgress``.
struct PhaseClock: Sendable {
    let progress: BuildProgress?
    private let started = DispatchTime.now().uptimeNanoseconds
    private var current: (name: String, started: UInt64, cpuStarted: Double)?
    /// Each finished phase with its seconds, the process's CPU seconds in it and its peak memory (bytes) at its end, in order.
    private(set) var phases: [(name: String, seconds: Double, cpuSeconds: Double, peakMemory: Int)] = []
    /// Whether freed memory goes back to the system between phases (``FreeMemory``). A build that renders only what
    /// changed frees little, and trimming a heap of hundreds of megabytes fifteen times cost a 10,000-item edit build
    /// 80 ms of its 1.9 s, to hold 14 MB less at its peak.
    var returnsFreedMemory = true

    init(progress: BuildProgress?) {
        self.progress = progress
    }

    /// Ends the running phase, if any, and starts `name`.
    mutating func start(_ name: String, total: Int? = nil) {
        stop()
        if returnsFreedMemory { FreeMemory.returnToSystem() }
        current = (name, DispatchTime.now().uptimeNanoseconds, Self.usage().cpuSeconds)
        progress?.phaseStarted(name, total)
    }

    /// Ends the running phase.
    mutating func stop() {
        guard let running = current else { return }
        let usage = Self.usage()
        phases.append((running.name, Double(DispatchTime.now().uptimeNanoseconds - running.started) / 1e9,
                       usage.cpuSeconds - running.cpuStarted, usage.peakMemory))
        current = nil
    }

    /// Reports progress within the running phase.
    func advance(_ done: Int) {
        progress?.advanced(done)
    }

    /// The CPU seconds the process has used so far (user and system, on all cores) and the most memory it has held
    /// (its peak resident set), in bytes.
    static func usage() -> (cpuSeconds: Double, peakMemory: Int) {
        #if canImport(Darwin)
        let selfUsage = RUSAGE_SELF
        #else
        let selfUsage = RUSAGE_SELF.rawValue
        #endif
        var usage = rusage()
        guard getrusage(selfUsage, &usage) == 0 else { return (0, 0) }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        #if canImport(Darwin)
        let peak = Int(usage.ru_maxrss)
        #else
        let peak = Int(usage.ru_maxrss) * 1024
        #endif
        return (seconds(usage.ru_utime) + seconds(usage.ru_stime), peak)
    }

    /// Seconds since the clock was made.
    var total: Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
}

/// Hands memory the build freed back to the system between stages.
///
/// glibc keeps freed memory in the arena of the thread that freed it; the threads that parse and render leave tens of
/// megabytes there that a later stage, on other threads, does not reuse. Returning it at each stage's end keeps the
/// process's peak near what it holds (at 10,000 items, with the same after each language's pages: 426 → 377 MB).
///
/// glibc also gives threads that meet in the allocator arenas of their own, up to eight a core: memory freed in one is
/// not reused by the others. One arena a core is enough for a build whose threads are one a core, and holds less
/// (at 10,000 items, `--clean`: 334 → 312 MB at the same speed; one arena in all was a third slower).
enum FreeMemory {
    static func returnToSystem() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }

    /// Limits glibc to one arena a core; called before a build starts its threads (again is harmless).
    static func limitArenas() {
        #if canImport(Glibc)
        _ = glibcMallopt(glibcArenaMaxOption, Int32(clamping: max(2, ProcessInfo.processInfo.activeProcessorCount)))
        #endif
    }
}

#if canImport(Glibc)
/// glibc's `malloc_trim`, which the Glibc module does not export.
@_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
/// glibc's `mallopt`, which the Glibc module does not export.
@_silgen_name("mallopt") private func glibcMallopt(_ option: Int32, _ value: Int32) -> Int32
/// `M_ARENA_MAX` in glibc's `malloc.h`.
private let glibcArenaMaxOption: Int32 = -8
#endif
