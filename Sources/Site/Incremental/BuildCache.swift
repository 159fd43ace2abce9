/// What the last successful build into one output folder was made from and
/// what it wrote: read by the next build to render only what changed.
///
/// It is trusted only whole: a wrong version, a bad checksum (``Fingerprint/ofBlocks(_:)`` of everything
/// before it, so it can be written as it is made) or any line that
/// does not parse makes ``BuildCache/decode(_:)`` return `nil`, and the build
/// starts from scratch.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the format or the meaning of a fingerprint changes.
    static let version = 7

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
    /// - Complexity: O(n) appends to one block-sized buffer, numbers and digests written digit by digit into it (the
    ///   cache is written after every build: text made for each would be hundreds of thousands of allocations).
    func encode(to write: (ArraySlice<UInt8>) -> Void) {
        let block = Fingerprint.blockSize
        var out = CacheLineWriter(capacity: block + 4096)
        var digest = FingerprintBuilder()
        func newline() {
            out.bytes.append(UInt8(ascii: "\n"))
            guard out.bytes.count >= block else { return }
            digest.add(out.bytes[..<block])
            write(out.bytes[..<block])
            out.bytes.removeFirst(block)
        }
        out.text("\(Self.header)\t\(Self.version)\nsettings\t"); out.fingerprint(settings)
        out.text("\ndate\t"); out.text(Self.escape(buildDate))
        out.text("\nfolder\t"); out.stamp(outputFolder); out.text("\nmarker\t"); out.stamp(marker)
        out.text("\noutputs\t"); out.fingerprint(outputSet); newline()
        for path in inputs.keys.sorted() {
            let input = inputs[path]!
            out.text(input.isFolder ? "in\td\t" : "in\tf\t"); out.stamp(input.stamp); out.tab(); out.fingerprint(input.fingerprint); out.tab()
            out.text(Self.escape(path)); newline()
        }
        if let folders {
            out.text("folders\t"); out.fingerprint(folders.digest); newline()
            for folder in folders.unsettled {
                out.text("unsettled\t"); out.text(Self.escape(folder)); newline()
            }
        }
        for (index, link) in links.enumerated() {
            out.text("link\t"); out.number(Int64(index)); out.tab(); out.text(Self.escape(link)); newline()
        }
        for path in outputs.keys.sorted() {
            let output = outputs[path]!
            out.text("out\t"); out.fingerprint(output.fingerprint); out.tab(); out.stamp(output.stamp); out.tab()
            for (position, link) in output.links.enumerated() {
                if position > 0 { out.bytes.append(UInt8(ascii: ",")) }
                out.number(Int64(link))
            }
            out.tab(); out.text(Self.escape(path)); newline()
        }
        if !out.bytes.isEmpty { digest.add(out.bytes[...]) }
        out.text("checksum\t"); out.fingerprint(digest.finish()); out.bytes.append(UInt8(ascii: "\n"))
        write(out.bytes[...])
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
              checksum == Fingerprint.ofBlocks(ArraySlice(bytes[...checksumStart])) else { return nil }

        var lineStart = 0
        func nextLine() -> CacheLineReader? {
            guard lineStart <= checksumStart, let end = bytes[lineStart...checksumStart].firstIndex(of: newline) else { return nil }
            defer { lineStart = end + 1 }
            return CacheLineReader(bytes, line: lineStart..<end)
        }
        guard var first = nextLine(), first.word(header), first.number() == Int64(version), first.isAtEnd,
              var line = nextLine(), line.word("settings"), let settings = line.fingerprint(), line.isAtEnd,
              var dateLine = nextLine(), dateLine.word("date"), let buildDate = dateLine.text(), dateLine.isAtEnd,
              var folderLine = nextLine(), folderLine.word("folder"), let folder = folderLine.stamp(), folderLine.isAtEnd,
              var markerLine = nextLine(), markerLine.word("marker"), let marker = markerLine.stamp(), markerLine.isAtEnd,
              var outputsLine = nextLine(), outputsLine.word("outputs"), let outputSet = outputsLine.fingerprint(), outputsLine.isAtEnd
        else { return nil }
        var cache = BuildCache(settings: settings, buildDate: buildDate, outputFolder: folder, marker: marker, outputSet: outputSet)
        let records = bytes[lineStart...checksumStart].count(where: { $0 == newline })
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
            } else {
                return nil
            }
        }
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
