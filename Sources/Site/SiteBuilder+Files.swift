import Foundation

extension SiteBuilder {
    /// What ``writeFiles(_:copies:writer:incremental:)`` did: each output's record for the cache, the stamps of the
    /// sources copied as they are, how many outputs were kept from the previous build, and the first failure.
    struct WrittenFiles {
        var records: [(path: String, fingerprint: Fingerprint)] = []
        var copySources: [String: FileStamp] = [:]
        var kept = 0
        var failure: OutputError?
    }

    /// Writes the planned files (feeds, the search index, the sitemap) and the copies (assets, media), on every core,
    /// keeping the previous build's where the cache says nothing changed.
    static func writeFiles(_ files: [PlannedFile], copies: [(source: String, path: String)], writer: OutputWriter,
                           incremental: IncrementalBuild?) -> WrittenFiles {
        /// One file's outcome, written by the one thread that handles it.
        struct Outcome {
            var record: Fingerprint?
            var source: FileStamp?
            var kept = false
            var failure: OutputError?
        }
        let count = files.count + copies.count
        let outcomes = UnsafeMutableBufferPointer<Outcome>.allocate(capacity: count)
        outcomes.initialize(repeating: Outcome())
        defer {
            outcomes.deinitialize()
            outcomes.deallocate()
        }
        nonisolated(unsafe) let slots = outcomes
        DispatchQueue.concurrentPerform(iterations: count) { index in
            var outcome = Outcome()
            do throws(OutputError) {
                if index < files.count {
                    let file = files[index]
                    let print = OutputFingerprints.file(file.bytes)
                    if let previous = incremental?.reusable(file.path, fingerprint: print), writer.keepPrevious(file.path, expecting: previous.stamp) {
                        outcome.kept = true
                    } else {
                        try writer.write(file.bytes, to: file.path)
                    }
                    if incremental != nil { outcome.record = print }
                } else {
                    let copy = copies[index - files.count]
                    if let incremental, let stamp = FileStamp.of(copy.source) {
                        let print = OutputFingerprints.copy(source: copy.source, stamp: stamp)
                        outcome.source = stamp
                        if let previous = incremental.reusable(copy.path, fingerprint: print), writer.keepPrevious(copy.path, expecting: previous.stamp) {
                            outcome.kept = true
                        } else {
                            try writer.copyFile(from: copy.source, to: copy.path)
                        }
                        // A source changed within a clock tick of the build could change again unseen: copy it next time too.
                        if !incremental.isRacy(stamp) { outcome.record = print }
                    } else {
                        try writer.copyFile(from: copy.source, to: copy.path)
                    }
                }
            } catch {
                outcome.failure = error
            }
            slots[index] = outcome
        }
        var written = WrittenFiles()
        written.records.reserveCapacity(count)
        for index in 0..<count {
            let outcome = outcomes[index]
            let path = index < files.count ? files[index].path : copies[index - files.count].path
            if let record = outcome.record { written.records.append((path, record)) }
            if let stamp = outcome.source { written.copySources[copies[index - files.count].source] = stamp }
            if outcome.kept { written.kept += 1 }
            if written.failure == nil, let failure = outcome.failure { written.failure = failure }
        }
        return written
    }
}
