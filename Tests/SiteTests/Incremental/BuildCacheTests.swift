import Foundation
import Testing
import TestSupport
@testable import Site

@Suite struct BuildCacheTests {
    static let stamp = FileStamp(size: 12, modifiedSeconds: 1_790_000_000, modifiedNanoseconds: 123_456_789, inode: 42)

    static func sample() -> BuildCache {
        var cache = BuildCache(settings: Fingerprint.of("settings"), buildDate: "2026-11-23", outputFolder: stamp, marker: stamp)
        cache.inputs["/site/content/odd\tname\nwith\\breaks.md"] = .init(isFolder: false, stamp: stamp, fingerprint: Fingerprint.of("a"))
        cache.inputs["/site/content"] = .init(isFolder: true, stamp: FileStamp(size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: .max),
                                              fingerprint: .empty)
        cache.links = ["/stories/", "https://example.org/a\tb"]
        cache.outputs["stories/index.html"] = .init(fingerprint: Fingerprint.of("page"), stamp: stamp, links: [0, 1, 0])
        cache.outputs["feed.xml"] = .init(fingerprint: Fingerprint.of("feed"), stamp: stamp, links: [])
        cache.folders = OutputFolders(digest: Fingerprint.of("folders"), unsettled: ["stories", "odd\tfolder"])
        return cache
    }

    @Test func roundTripsEveryRecordIncludingTabsNewlinesAndBackslashesInPaths() {
        let cache = Self.sample()
        #expect(BuildCache.decode(cache.encoded()) == cache)
    }

    @Test("link texts no page uses any more are dropped once they are more than half, and the numbers follow")
    func unusedLinkTextsAreDroppedWhenTheyAreMostOfTheTable() {
        var cache = Self.sample()
        cache.links = ["/gone/", "/stories/", "/old/", "https://example.org/a\tb", "/older/"]
        cache.outputs["stories/index.html"]?.links = [1, 3, 1]
        IncrementalBuild.dropUnusedLinks(from: &cache)
        #expect(cache.links == ["/stories/", "https://example.org/a\tb"])
        #expect(cache.outputs["stories/index.html"]?.links == [0, 1, 0])

        var mostlyUsed = Self.sample()
        mostlyUsed.links.append("/gone/")
        IncrementalBuild.dropUnusedLinks(from: &mostlyUsed)
        #expect(mostlyUsed.links == ["/stories/", "https://example.org/a\tb", "/gone/"], "two of three are used: the numbers stay")
    }

    @Test func fingerprintsAreStableAcrossProcessesAndFramed() {
        #expect(Fingerprint.of("a") != Fingerprint.of("b"))
        #expect(Fingerprint.of("hello") == Fingerprint.of(Array("hello".utf8)))
        #expect(Fingerprint(Fingerprint.of("hello").description) == Fingerprint.of("hello"))
        var ab = FingerprintBuilder(), abc = FingerprintBuilder()
        ab.add("ab"); ab.add("c")
        abc.add("a"); abc.add("bc")
        #expect(ab.finish() != abc.finish())
    }

    @Test(arguments: [0, 1, 17, 200])
    func anyChangedByteIsRefused(offset: Int) {
        var bytes = Array(Self.sample().encoded().utf8)
        bytes[offset] ^= 0x20
        #expect(BuildCache.decode(bytes) == nil)
    }

    /// A cache of a few megabytes, as a large site's is: written in blocks, each digested as it goes.
    static func large() -> BuildCache {
        var cache = sample()
        for number in 0..<40_000 {
            cache.outputs["tags/tag-\(number)/page/\(number % 97)/index.html"] = .init(fingerprint: Fingerprint.of("\(number)"), stamp: stamp,
                                                                                    links: [0, 1, 0, 1])
        }
        return cache
    }

    @Test func aCacheOfManyBlocksIsWrittenAPieceAtATimeAndReadBackWhole() throws {
        let cache = Self.large()
        var pieces: [Int] = []
        var bytes: [UInt8] = []
        cache.encode { piece in
            pieces.append(piece.count)
            bytes += piece
        }
        #expect(pieces.count > 2)
        #expect(pieces.dropLast().allSatisfy { $0 == Fingerprint.blockSize }, "every piece but the last is one block")
        #expect(BuildCache.decode(bytes) == cache)
        #expect(bytes == cache.encodedBytes())

        var changed = bytes
        changed[Fingerprint.blockSize + 100] ^= 0x01
        #expect(BuildCache.decode(changed) == nil, "a byte changed in the second block")
    }

    @Test func theStoreWritesAndReadsALargeCache() throws {
        let folder = TemporaryFolder(prefix: "build-cache")
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("build/site.cache")
        let cache = Self.large()
        try CacheFile.replace(file) { cache.encode(to: $0) }
        let written = try [UInt8](Data(contentsOf: file))
        #expect(BuildCache.decode(written) == cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path) == ["site.cache"],
                "no temporary file is left beside it")
    }

    @Test func aSaveBegunBeforeTheSwapIsFinishedWithTheStampsTheSwapLeftOrAbandonedWithoutATrace() throws {
        let site = TemporaryFolder(prefix: "build-cache-begun")
        defer { site.remove() }
        let store = BuildCacheStore(root: site.url, output: site.url.appendingPathComponent("public"))
        var cache = Self.sample()
        try store.save(cache)
        let listing = try FileManager.default.contentsOfDirectory(atPath: store.file.deletingLastPathComponent().path).sorted()

        // Begun with stamps not yet known, then abandoned (a swap that failed): the saved files are as they were.
        var begun = cache
        begun.outputFolder = .unknown
        begun.marker = .unknown
        begun.folders = nil
        try store.beginSave(begun).abandon()
        #expect(store.load() == cache)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.file.deletingLastPathComponent().path).sorted() == listing)

        // Begun the same way, and finished with what the swap left: the files say what a whole save says.
        cache.buildDate = "2026-11-24"
        begun.buildDate = cache.buildDate
        let pending = try store.beginSave(begun)
        #expect(store.load()?.buildDate == "2026-11-23", "the old cache stays until the save is finished")
        try store.finishSave(pending, with: cache)
        #expect(store.load() == cache)
        var summary = cache
        summary.outputs = [:]
        summary.links = []
        #expect(store.loadSummary() == summary)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.file.deletingLastPathComponent().path).sorted() == listing)
    }

    @Test("saving keeps the caches of the three output folders saved last beside its own, and nothing else of the folder's goes")
    func oldCachesOfOtherOutputsAreRemoved() throws {
        let site = TemporaryFolder(prefix: "build-cache-outputs")
        defer { site.remove() }
        let folder = site.url.appendingPathComponent(".pathways-cache/build")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Six other outputs' caches, the first saved longest ago; the memos beside them.
        let others = (0..<6).map { String(format: "%016x", 0xabc0 + $0) }
        for (age, digest) in others.enumerated() {
            for suffix in [".cache", ".summary"] {
                let file = folder.appendingPathComponent(digest + suffix)
                try Data("x".utf8).write(to: file)
                try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: Double(age - 100) * 60)], ofItemAtPath: file.path)
            }
        }
        for memo in ["markdown.cache", "search.00.cache", "content.15.cache", "notes.summary"] {
            try Data("m".utf8).write(to: folder.appendingPathComponent(memo))
        }
        let store = BuildCacheStore(root: site.url, output: site.url.appendingPathComponent("public"))
        try store.save(Self.sample())
        let own = store.file.deletingPathExtension().lastPathComponent
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let kept = others.suffix(3).flatMap { [$0 + ".cache", $0 + ".summary"] }
        #expect(left == (kept + [own + ".cache", own + ".summary", "markdown.cache", "search.00.cache", "content.15.cache", "notes.summary"]).sorted())
        #expect(store.load() == Self.sample())
    }

    @Test func anotherVersionIsRefused() {
        let text = Self.sample().encoded().replacingOccurrences(of: "pathways-build-cache\t\(BuildCache.version)", with: "pathways-build-cache\t1")
        #expect(BuildCache.decode(text) == nil)
    }
}

extension BuildCacheTests {
    /// The text form, byte for byte: a faster writer or reader must keep the format (and so every cache on disk).
    /// What only the swap can tell (the output folder's and marker's stamps, its folders) comes last, so the rest can
    /// be written while the swap runs.
    @Test func theTextFormIsOneRecordALineWithItsChecksumLast() {
        let lines = [
            "pathways-build-cache\t8",
            "settings\t626763b136ac89ceeb1a5a1500cc6b4e",
            "date\t2026-11-23",
            "outputs\t6eb1dc21a6625369baeeb1a2efa2f084",
            "in\td\t-1:0:0:-1\t6eb1dc21a6625369baeeb1a2efa2f084\t/site/content",
            #"in\#tf\#t12:1790000000:123456789:42\#t121261f8f5d395648edd4f5b39996b53\#t/site/content/odd\tname\nwith\\breaks.md"#,
            "link\t0\t/stories/",
            #"link\#t1\#thttps://example.org/a\tb"#,
            "out\t4191e6789865bd6412146ac5f5757148\t12:1790000000:123456789:42\t\tfeed.xml",
            "out\t5c0af01c5f4e7474465c2bc48e1b2343\t12:1790000000:123456789:42\t0,1,0\tstories/index.html",
            "folder\t12:1790000000:123456789:42",
            "marker\t12:1790000000:123456789:42",
            "folders\t496a92de9a749b02bfba05510704ca86",
            "unsettled\tstories",
            #"unsettled\#todd\tfolder"#,
            "checksum\t957656cfbe9692c7456bce898d8321ab",
        ]
        #expect(Self.sample().encoded() == lines.joined(separator: "\n") + "\n")
    }

    @Test("a line with a field too many or too few, a number out of range, or the output folder's or marker's stamp missing or twice, is refused", arguments: [
        ("out\t4191e6789865bd6412146ac5f5757148\t12:1790000000:123456789:42\t\tfeed.xml", "out\t4191e6789865bd6412146ac5f5757148\t12:1790000000:123456789:42\t\tfeed.xml\textra"),
        ("out\t4191e6789865bd6412146ac5f5757148\t12:1790000000:123456789:42\t\tfeed.xml", "out\t4191e6789865bd6412146ac5f5757148\t12:1790000000:123456789:42\tfeed.xml"),
        ("\t0,1,0\t", "\t0,7,0\t"),
        ("\t0,1,0\t", "\t0,,0\t"),
        ("12:1790000000:123456789:42\t121261f8", "12:1790000000:123456789\t121261f8"),
        ("12:1790000000:123456789:42\t121261f8", "12:1790000000:1234567890123456789:42\t121261f8"),
        ("4191e6789865bd6412146ac5f5757148", "4191e6789865bd6412146ac5f575714G"),
        ("folder\t12:1790000000:123456789:42\n", ""),
        ("marker\t12:1790000000:123456789:42\n", ""),
        ("folder\t12:1790000000:123456789:42\n", "folder\t12:1790000000:123456789:42\nfolder\t12:1790000000:123456789:42\n"),
        ("marker\t12:1790000000:123456789:42\n", "marker\t12:1790000000:123456789:42\nmarker\t12:1790000000:123456789:42\n"),
    ])
    func aChangedLineIsRefusedEvenWithItsChecksumRight(original: String, changed: String) {
        let text = Self.sample().encoded()
        #expect(text.contains(original))
        #expect(BuildCache.decode(Self.resealed(text.replacingOccurrences(of: original, with: changed))) == nil)
        // The same re-sealing without the change reads back: the refusal is the changed line's.
        #expect(BuildCache.decode(Self.resealed(text)) == Self.sample())
    }

    /// `text` with its checksum line made again for what comes before it.
    static func resealed(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(2).map(String.init)
        let body = lines.joined(separator: "\n") + "\n"
        lines.append("checksum\t\(Fingerprint.ofBlocks(Array(body.utf8)[...]))")
        return lines.joined(separator: "\n") + "\n"
    }
}

