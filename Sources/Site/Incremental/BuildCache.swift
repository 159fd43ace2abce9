/// What the last successful build into one output folder was made from and
/// what it wrote: read by the next build to render only what changed.
///
/// It is trusted only whole: a wrong version, a bad checksum (``Fingerprint/ofBlocks(_:)`` of everything
/// before it, so it can be written as it is made) or any line that
/// does not parse makes ``BuildCache/decode(_:)`` return `nil`, and the build
/// starts from scratch.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the format or the meaning of a fingerprint changes.
    static let version = 6

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

    // MARK: Text form

    private static let header = "pathways-build-cache"

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
    /// - Complexity: O(n) appends to one block-sized buffer; the cache is written after every build.
    func encode(to write: (ArraySlice<UInt8>) -> Void) {
        let block = Fingerprint.blockSize
        var out: [UInt8] = []
        out.reserveCapacity(block + 4096)
        var digest = FingerprintBuilder()
        func addText(_ text: String) {
            var copy = text
            copy.withUTF8 { out.append(contentsOf: $0) }
        }
        func tab() { out.append(UInt8(ascii: "\t")) }
        func newline() {
            out.append(UInt8(ascii: "\n"))
            guard out.count >= block else { return }
            digest.add(out[..<block])
            write(out[..<block])
            out.removeFirst(block)
        }
        func addNumber(_ number: Int64) { addText(String(number)) }
        func addStamp(_ stamp: FileStamp) {
            addNumber(stamp.size); out.append(UInt8(ascii: ":")); addNumber(stamp.modifiedSeconds); out.append(UInt8(ascii: ":"))
            addNumber(stamp.modifiedNanoseconds); out.append(UInt8(ascii: ":")); addNumber(Int64(bitPattern: stamp.inode))
        }
        addText("\(Self.header)\t\(Self.version)\nsettings\t\(settings)\ndate\t\(Self.escape(buildDate))\nfolder\t")
        addStamp(outputFolder); addText("\nmarker\t"); addStamp(marker); addText("\noutputs\t\(outputSet)"); newline()
        for path in inputs.keys.sorted() {
            let input = inputs[path]!
            addText(input.isFolder ? "in\td\t" : "in\tf\t"); addStamp(input.stamp); tab(); addText(input.fingerprint.description); tab()
            addText(Self.escape(path)); newline()
        }
        for (index, link) in links.enumerated() {
            addText("link\t"); addNumber(Int64(index)); tab(); addText(Self.escape(link)); newline()
        }
        for path in outputs.keys.sorted() {
            let output = outputs[path]!
            addText("out\t"); addText(output.fingerprint.description); tab(); addStamp(output.stamp); tab()
            for (position, link) in output.links.enumerated() {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                addNumber(Int64(link))
            }
            tab(); addText(Self.escape(path)); newline()
        }
        if !out.isEmpty { digest.add(out[...]) }
        addText("checksum\t\(digest.finish())\n")
        write(out[...])
    }

    /// Reads ``encoded()``'s text; `nil` when anything about it is doubtful.
    static func decode(_ text: String) -> BuildCache? {
        decode(Array(text.utf8))
    }

    /// Reads ``encoded()``'s bytes; `nil` when anything about them is doubtful.
    /// - Complexity: O(n) in the bytes, read as bytes: the no-change check reads this file on every build.
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        guard bytes.count > 1, bytes.last == newline, let checksumStart = bytes[..<(bytes.count - 1)].lastIndex(of: newline) else { return nil }
        let last = bytes[(checksumStart + 1)..<(bytes.count - 1)]
        let checksumLabel = Array("checksum\t".utf8)
        guard last.starts(with: checksumLabel), let checksum = fingerprint(last.dropFirst(checksumLabel.count)),
              checksum == Fingerprint.ofBlocks(bytes[...checksumStart]) else { return nil }

        var lines: [Range<Int>] = []
        var lineStart = 0
        for index in 0...checksumStart where bytes[index] == newline {
            lines.append(lineStart..<index)
            lineStart = index + 1
        }
        func fields(_ line: Range<Int>) -> [ArraySlice<UInt8>] {
            bytes[line].split(separator: tab, omittingEmptySubsequences: false)
        }
        func word(_ slice: ArraySlice<UInt8>) -> String { String(decoding: slice, as: UTF8.self) }
        func path(_ slice: ArraySlice<UInt8>) -> String {
            slice.contains(UInt8(ascii: "\\")) ? unescape(Substring(word(slice))) : word(slice)
        }
        guard lines.count >= 6, word(bytes[lines[0]]) == "\(header)\t\(version)" else { return nil }
        let head = lines[1..<6].map(fields)
        guard head.map({ $0.count == 2 ? word($0[0]) : "" }) == ["settings", "date", "folder", "marker", "outputs"],
              let settings = fingerprint(head[0][1]), let folder = stamp(head[2][1]), let marker = stamp(head[3][1]),
              let outputSet = fingerprint(head[4][1]) else { return nil }
        var cache = BuildCache(settings: settings, buildDate: path(head[1][1]), outputFolder: folder, marker: marker, outputSet: outputSet)
        cache.inputs.reserveCapacity(lines.count)
        cache.outputs.reserveCapacity(lines.count)
        for line in lines.dropFirst(6) {
            let parts = fields(line)
            switch (parts.first.map(word), parts.count) {
            case ("link", 3):
                guard number(parts[1]) == Int64(cache.links.count) else { return nil }
                cache.links.append(path(parts[2]))
            case ("in", 5):
                let kind = word(parts[1])
                guard kind == "d" || kind == "f", let stamp = stamp(parts[2]), let fingerprint = fingerprint(parts[3]) else { return nil }
                cache.inputs[path(parts[4])] = Input(isFolder: kind == "d", stamp: stamp, fingerprint: fingerprint)
            case ("out", 5):
                guard let fingerprint = fingerprint(parts[1]), let stamp = stamp(parts[2]) else { return nil }
                var links: [LinkTable.Number] = []
                if !parts[3].isEmpty {
                    for entry in parts[3].split(separator: UInt8(ascii: ",")) {
                        guard let index = number(entry), index >= 0, index < cache.links.count else { return nil }
                        links.append(LinkTable.Number(index))
                    }
                }
                cache.outputs[path(parts[4])] = Output(fingerprint: fingerprint, stamp: stamp, links: links)
            default:
                return nil
            }
        }
        return cache
    }

    /// A decimal number of at most 18 digits, with an optional leading `-`.
    private static func number(_ slice: ArraySlice<UInt8>) -> Int64? {
        var digits = slice[...]
        let negative = digits.first == UInt8(ascii: "-")
        if negative { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    private static func fingerprint(_ slice: ArraySlice<UInt8>) -> Fingerprint? {
        guard slice.count == 32 else { return nil }
        var halves: [UInt64] = [0, 0]
        for (offset, byte) in slice.enumerated() {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            halves[offset / 16] = halves[offset / 16] << 4 | UInt64(digit)
        }
        return Fingerprint(high: halves[0], low: halves[1])
    }

    private static func stamp(_ slice: ArraySlice<UInt8>) -> FileStamp? {
        let parts = slice.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 4, let size = number(parts[0]), let seconds = number(parts[1]), let nanoseconds = number(parts[2]),
              let inode = number(parts[3]) else { return nil }
        return FileStamp(size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds, inode: UInt64(bitPattern: inode))
    }

    private static func text(_ stamp: FileStamp) -> String {
        "\(stamp.size):\(stamp.modifiedSeconds):\(stamp.modifiedNanoseconds):\(Int64(bitPattern: stamp.inode))"
    }

    /// Backslash, tab and newline written as `\\`, `\t`, `\n`, so every record stays on its line.
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
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
