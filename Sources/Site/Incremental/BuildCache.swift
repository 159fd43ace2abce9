import Foundation

/// What the last successful build into one output folder was made from and
/// what it wrote: read by the next build to render only what changed.
///
/// It is trusted only whole: a wrong version, a bad checksum (``Fingerprint/ofBlocks(_:)`` of everything
/// before it, so it can be written as it is made) or any line that
/// does not parse makes ``BuildCache/decode(_:)`` return `nil`, and the build
/// starts from scratch.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the format or the meaning of a fingerprint changes.
    static let version = 8

    /// One output file: the digest of what made it, and the file as it was written.
    struct Output: Sendable, Equatable {
        var fingerprint: Fingerprint
        var stamp: FileStamp
        /// Numbers in ``BuildCache/links`` (see ``LinkTable``): the page's links, for checking them without rendering it again.
        var links: [LinkTable.Number] = []
    }

    /// One input the build read (a file, or a folder whose names were listed), as it was before reading.
    struct Input: Sendable, Equatable {
        var isFolder: Bool
        var stamp: FileStamp
        var fingerprint: Fingerprint
    }

    /// Everything outside the files that changes the output: drafts, base URL, output folder, version.
    var settings: Fingerprint
    /// The build date, `YYYY-MM-DD`.
    var buildDate: String
    /// The output folder and its marker as the build left them; a change means someone else touched it.
    var outputFolder: FileStamp
    var marker: FileStamp
    /// The digest of every output path the build wrote (see ``IncrementalBuild/digest(outputs:)``): while it is the
    /// same, the links of a kept page lead where they led, so they need no checking again.
    var outputSet: Fingerprint = .empty
    /// Absolute path → input.
    var inputs: [String: Input] = [:]
    /// Output path → output.
    var outputs: [String: Output] = [:]
    /// Every distinct link text of the pages, in first-seen order.
    var links: [String] = []
    /// The output's folders as the build left them, for the next swap (see ``OutputFolders``); `nil` when unknown.
    var folders: OutputFolders?

    // MARK: Text form

    private static let header: StaticString = "pathways-build-cache"

    /// The cache as text: one record a line, tab-separated, ending with a checksum of everything before it.
    /// - Complexity: O(n) appends to one byte buffer; the cache is written after every build.
    func encoded() -> String {
        String(decoding: encodedBytes(), as: UTF8.self)
    }

    /// ``encoded()``'s UTF-8 bytes.
    func encodedBytes() -> [UInt8] {
        var all: [UInt8] = []
        encode { all += $0 }
        return all
    }

    /// Hands ``encoded()``'s bytes to `write` in blocks of ``Fingerprint/blockSize`` (the last one shorter), each
    /// made after the one before is written: at 50,000 items the cache is over 100 MB, and is never in memory whole.
    func encode(to write: (ArraySlice<UInt8>) -> Void) {
        var text = TextWriter()
        encodeBody(&text, withOutputs: true, to: write)
        encodeTail(&text, to: write)
    }

    /// A cache's text on its way to `write`, a block at a time, with the checksum of what went before: the text is
    /// written in two steps, the body (``encodeBody(_:withOutputs:to:)``) while the build swaps its output, and the
    /// tail (``encodeTail(_:to:)``), which holds the output folder's stamps, once the swap is done.
    /// - Complexity: O(n) appends to one block-sized buffer, numbers and digests written digit by digit into it (the
    ///   cache is written after every build: text made for each would be hundreds of thousands of allocations).
    struct TextWriter: Sendable {
        fileprivate var out = CacheLineWriter(capacity: Fingerprint.blockSize + 4096)
        private var digest = FingerprintBuilder()

        /// Ends the line, handing a full block on to `write`.
        fileprivate mutating func endLine(_ write: (ArraySlice<UInt8>) -> Void) {
            let block = Fingerprint.blockSize
            out.bytes.append(UInt8(ascii: "\n"))
            guard out.bytes.count >= block else { return }
            digest.add(out.bytes[..<block])
            write(out.bytes[..<block])
            out.bytes.removeFirst(block)
        }

        /// Writes the checksum line and hands everything left to `write`.
        fileprivate mutating func finish(_ write: (ArraySlice<UInt8>) -> Void) {
            if !out.bytes.isEmpty { digest.add(out.bytes[...]) }
            out.text("checksum\t"); out.fingerprint(digest.finish()); out.bytes.append(UInt8(ascii: "\n"))
            write(out.bytes[...])
            out.bytes.removeAll()
        }
    }

    /// The header, the inputs and, `withOutputs`, the links and the outputs; without them, the cache's summary.
    func encodeBody(_ text: inout TextWriter, withOutputs: Bool, to write: (ArraySlice<UInt8>) -> Void) {
        text.out.text("\(Self.header)\t\(Self.version)\nsettings\t"); text.out.fingerprint(settings)
        text.out.text("\ndate\t"); text.out.text(Self.escape(buildDate))
        text.out.text("\noutputs\t"); text.out.fingerprint(outputSet); text.endLine(write)
        for path in inputs.keys.sorted() {
            let input = inputs[path]!
            text.out.text(input.isFolder ? "in\td\t" : "in\tf\t"); text.out.stamp(input.stamp); text.out.tab()
            text.out.fingerprint(input.fingerprint); text.out.tab(); text.out.text(Self.escape(path)); text.endLine(write)
        }
        guard withOutputs else { return }
        for (index, link) in links.enumerated() {
            text.out.text("link\t"); text.out.number(Int64(index)); text.out.tab(); text.out.text(Self.escape(link)); text.endLine(write)
        }
        for path in outputs.keys.sorted() {
            let output = outputs[path]!
            text.out.text("out\t"); text.out.fingerprint(output.fingerprint); text.out.tab(); text.out.stamp(output.stamp); text.out.tab()
            for (position, link) in output.links.enumerated() {
                if position > 0 { text.out.bytes.append(UInt8(ascii: ",")) }
                text.out.number(Int64(link))
            }
            text.out.tab(); text.out.text(Self.escape(path)); text.endLine(write)
        }
    }

    /// The output folder's and its marker's stamps, the folders record and the checksum.
    func encodeTail(_ text: inout TextWriter, to write: (ArraySlice<UInt8>) -> Void) {
        text.out.text("folder\t"); text.out.stamp(outputFolder); text.endLine(write)
        text.out.text("marker\t"); text.out.stamp(marker); text.endLine(write)
        if let folders {
            text.out.text("folders\t"); text.out.fingerprint(folders.digest); text.endLine(write)
            for folder in folders.unsettled {
                text.out.text("unsettled\t"); text.out.text(Self.escape(folder)); text.endLine(write)
            }
        }
        text.finish(write)
    }

    /// Reads ``encoded()``'s text; `nil` when anything about it is doubtful.
    static func decode(_ text: String) -> BuildCache? {
        decode(Array(text.utf8))
    }

    /// Reads ``encoded()``'s bytes; `nil` when anything about them is doubtful.
    /// - Complexity: O(n) in the bytes, read in place field by field: the no-change check reads this file on every
    ///   build, and an edit's build reads the whole of it.
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        bytes.withUnsafeBufferPointer { decode(buffer: $0) }
    }

    private static func decode(buffer bytes: UnsafeBufferPointer<UInt8>) -> BuildCache? {
        let newline = UInt8(ascii: "\n")
        guard bytes.count > 1, bytes[bytes.count - 1] == newline,
              let checksumStart = bytes[..<(bytes.count - 1)].lastIndex(of: newline) else { return nil }
        var last = CacheLineReader(bytes, line: (checksumStart + 1)..<(bytes.count - 1))
        guard last.word("checksum"), let checksum = last.fingerprint(), last.isAtEnd,
              checksum == Fingerprint.ofBlocks(bytes[...checksumStart]) else { return nil }

        var lineStart = 0
        // Each line's end found with `memchr`: the cache is tens of megabytes, read on every edit build.
        func lineEnd(from start: Int) -> Int? {
            guard start <= checksumStart, let base = bytes.baseAddress,
                  let found = memchr(base + start, Int32(newline), checksumStart + 1 - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        func nextLine() -> CacheLineReader? {
            guard let end = lineEnd(from: lineStart) else { return nil }
            defer { lineStart = end + 1 }
            return CacheLineReader(bytes, line: lineStart..<end)
        }
        guard var first = nextLine(), first.word(header), first.number() == Int64(version), first.isAtEnd,
              var line = nextLine(), line.word("settings"), let settings = line.fingerprint(), line.isAtEnd,
              var dateLine = nextLine(), dateLine.word("date"), let buildDate = dateLine.text(), dateLine.isAtEnd,
              var outputsLine = nextLine(), outputsLine.word("outputs"), let outputSet = outputsLine.fingerprint(), outputsLine.isAtEnd
        else { return nil }
        // The output folder's and marker's stamps come in the tail (see `encodeTail`), each once.
        var folder: FileStamp?
        var marker: FileStamp?
        var cache = BuildCache(settings: settings, buildDate: buildDate, outputFolder: .unknown, marker: .unknown, outputSet: outputSet)
        var records = 0
        var end = lineStart - 1
        while let next = lineEnd(from: end + 1) {
            records += 1
            end = next
        }
        cache.inputs.reserveCapacity(records)
        cache.outputs.reserveCapacity(records)
        while var line = nextLine() {
            if line.word("out") {
                guard let fingerprint = line.fingerprint(), let stamp = line.stamp(), let links = line.numbers(below: cache.links.count, as: LinkTable.Number.self),
                      let path = line.text(), line.isAtEnd else { return nil }
                cache.outputs[path] = Output(fingerprint: fingerprint, stamp: stamp, links: links)
            } else if line.word("in") {
                let isFolder = line.word("d")
                guard isFolder || line.word("f"), let stamp = line.stamp(), let fingerprint = line.fingerprint(),
                      let path = line.text(), line.isAtEnd else { return nil }
                cache.inputs[path] = Input(isFolder: isFolder, stamp: stamp, fingerprint: fingerprint)
            } else if line.word("folders") {
                guard cache.folders == nil, let digest = line.fingerprint(), line.isAtEnd else { return nil }
                cache.folders = OutputFolders(digest: digest, unsettled: [])
            } else if line.word("unsettled") {
                guard cache.folders != nil, let folder = line.text(), line.isAtEnd else { return nil }
                cache.folders?.unsettled.append(folder)
            } else if line.word("link") {
                guard line.number() == Int64(cache.links.count), let link = line.text(), line.isAtEnd else { return nil }
                cache.links.append(link)
            } else if line.word("folder") {
                guard folder == nil, let stamp = line.stamp(), line.isAtEnd else { return nil }
                folder = stamp
            } else if line.word("marker") {
                guard marker == nil, let stamp = line.stamp(), line.isAtEnd else { return nil }
                marker = stamp
            } else {
                return nil
            }
        }
        guard let folder, let marker else { return nil }
        cache.outputFolder = folder
        cache.marker = marker
        return cache
    }

    /// Backslash, tab and newline written as `\\`, `\t`, `\n`, so every record stays on its line.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func unescape(_ text: Substring) -> String {
        guard text.contains("\\") else { return String(text) }
        var result = String.UnicodeScalarView()
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                switch scalar {
                case "t": result.append("\t")
                case "n": result.append("\n")
                case "r": result.append("\r")
                default: result.append(scalar)
                }
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
