/// What the last successful build into one output folder was made from and
/// what it wrote: read by the next build to render only what changed.
///
/// It is trusted only whole: a wrong version, a bad checksum or any line that
/// does not parse makes ``BuildCache/decode(_:)`` return `nil`, and the build
/// starts from scratch.
struct BuildCache: Sendable, Equatable {
    /// Bumped whenever the format or the meaning of a fingerprint changes.
    static let version = 3

    /// One output file: the digest of what made it, and the file as it was written.
    struct Output: Sendable, Equatable {
        var fingerprint: Fingerprint
        var stamp: FileStamp
        /// Indexes into ``BuildCache/links``: the page's links, for checking them without rendering it again.
        var links: [Int] = []
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
    /// Absolute path → input.
    var inputs: [String: Input] = [:]
    /// Output path → output.
    var outputs: [String: Output] = [:]
    /// Every distinct link text of the pages, in first-seen order.
    var links: [String] = []

    // MARK: Text form

    private static let header = "pathways-build-cache"

    /// The cache as text: one record a line, tab-separated, ending with a checksum of everything before it.
    func encoded() -> String {
        var lines: [String] = ["\(Self.header)\t\(Self.version)", "settings\t\(settings)", "date\t\(Self.escape(buildDate))",
                               "folder\t\(Self.text(outputFolder))", "marker\t\(Self.text(marker))"]
        for (index, link) in links.enumerated() { lines.append("link\t\(index)\t\(Self.escape(link))") }
        for path in inputs.keys.sorted() {
            let input = inputs[path]!
            lines.append("in\t\(input.isFolder ? "d" : "f")\t\(Self.text(input.stamp))\t\(input.fingerprint)\t\(Self.escape(path))")
        }
        for path in outputs.keys.sorted() {
            let output = outputs[path]!
            let links = output.links.map(String.init).joined(separator: ",")
            lines.append("out\t\(output.fingerprint)\t\(Self.text(output.stamp))\t\(links)\t\(Self.escape(path))")
        }
        let body = lines.joined(separator: "\n") + "\n"
        return body + "checksum\t\(Fingerprint.of(body))\n"
    }

    /// Reads ``encoded()``'s text; `nil` when anything about it is doubtful.
    static func decode(_ text: String) -> BuildCache? {
        guard text.hasSuffix("\n"), let checksumStart = text.dropLast().lastIndex(of: "\n") else { return nil }
        let body = text[...checksumStart]
        let last = text[text.index(after: checksumStart)...].dropLast()
        guard last.hasPrefix("checksum\t"), let checksum = Fingerprint(last.dropFirst("checksum\t".count)),
              checksum == Fingerprint.of(Substring(body).utf8) else { return nil }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()[...]
        guard lines.popFirst() == "\(header)\t\(version)" else { return nil }
        func field(_ name: String) -> [Substring]? {
            guard let line = lines.popFirst() else { return nil }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            return parts.first == Substring(name) ? Array(parts.dropFirst()) : nil
        }
        guard let settingsField = field("settings"), settingsField.count == 1, let settings = Fingerprint(settingsField[0]),
              let dateField = field("date"), dateField.count == 1,
              let folderField = field("folder"), folderField.count == 1, let folder = stamp(folderField[0]),
              let markerField = field("marker"), markerField.count == 1, let marker = stamp(markerField[0]) else { return nil }
        var cache = BuildCache(settings: settings, buildDate: unescape(dateField[0]), outputFolder: folder, marker: marker)
        for line in lines {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (parts.first, parts.count) {
            case ("link", 3):
                guard Int(parts[1]) == cache.links.count else { return nil }
                cache.links.append(unescape(parts[2]))
            case ("in", 5):
                guard parts[1] == "d" || parts[1] == "f", let stamp = stamp(parts[2]), let fingerprint = Fingerprint(parts[3]) else { return nil }
                cache.inputs[unescape(parts[4])] = Input(isFolder: parts[1] == "d", stamp: stamp, fingerprint: fingerprint)
            case ("out", 5):
                guard let fingerprint = Fingerprint(parts[1]), let stamp = stamp(parts[2]) else { return nil }
                var links: [Int] = []
                if !parts[3].isEmpty {
                    for number in parts[3].split(separator: ",") {
                        guard let index = Int(number), cache.links.indices.contains(index) else { return nil }
                        links.append(index)
                    }
                }
                cache.outputs[unescape(parts[4])] = Output(fingerprint: fingerprint, stamp: stamp, links: links)
            default:
                return nil
            }
        }
        return cache
    }

    private static func text(_ stamp: FileStamp) -> String {
        "\(stamp.size):\(stamp.modifiedSeconds):\(stamp.modifiedNanoseconds):\(stamp.inode)"
    }

    private static func stamp(_ text: Substring) -> FileStamp? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 4, let size = Int64(parts[0]), let seconds = Int64(parts[1]), let nanoseconds = Int64(parts[2]),
              let inode = UInt64(parts[3]) else { return nil }
        return FileStamp(size: size, modifiedSeconds: seconds, modifiedNanoseconds: nanoseconds, inode: inode)
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
