import Diagnostics
import Yams

/// A content file split at its `---` fences: the YAML fields (with their
/// places in the file) and the Markdown body.
struct FrontMatter {
    /// The top-level YAML mapping, or `nil` when the front matter is empty.
    let fields: Node?
    /// The Markdown after the closing `---`.
    let body: String
    /// The file line the body starts on.
    let bodyStartLine: Int

    /// The line of the opening `---`; Yams line `n` of the YAML is file line `n + yamlLineOffset`.
    static let yamlLineOffset = 1

    /// Splits `text` and composes its YAML; a problem is recorded in `file` and gives `nil`.
    static func parse(_ text: String, file: SourceFile) -> FrontMatter? {
        if let problem = ContentLimits.sizeProblem(text) {
            file.addError(problem, at: .start)
            return nil
        }
        let split: (yaml: Substring, body: Substring, bodyStartLine: Int)
        switch FrontMatter.split(text) {
        case .success(let value): split = value
        case .failure(let error):
            file.addError(error.message, at: .start)
            return nil
        }
        guard let root = FrontMatter.compose(String(split.yaml), file: file, what: "front matter") else { return nil }
        if let root, root.mapping == nil {
            file.addError("front matter must be 'field: value' lines, found \(FieldReader.describe(root))",
                          at: file.location(of: root.mark))
            return nil
        }
        return FrontMatter(fields: root, body: String(split.body), bodyStartLine: split.bodyStartLine)
    }

    /// Composes YAML after checking its aliases; `.some(nil)` for an empty document, `nil` after recording a problem.
    static func compose(_ yaml: String, file: SourceFile, what: String) -> Node?? {
        if let refusal = YAMLAliasGuard.check(yaml) {
            file.addError(refusal.message, at: file.location(yamlLine: refusal.line, scalarColumn: refusal.column))
            return nil
        }
        do {
            // The encoding is given: Yams' default reads the environment on every parse, which cost ~15% of a load.
            // The basic resolver leaves every scalar a string; fields are typed by the schema, so `country: NO` stays Norway.
            return .some(try Yams.compose(yaml: yaml, Resolver.basic, Constructor.default, .utf8))
        } catch let error as YamlError {
            file.add(file.diagnostic(for: error))
        } catch {
            file.addError("invalid YAML in \(what): \(error)", at: .start)
        }
        return nil
    }

    /// Finds the fences: the file must start with a `---` line, and a later `---` (or `...`) line closes the YAML.
    static func split(_ text: String) -> Result<(yaml: Substring, body: Substring, bodyStartLine: Int), InvalidValue> {
        var rest = Substring(text)
        if rest.unicodeScalars.first == "\u{FEFF}" { rest = rest.dropFirst() }
        var lines = LineCursor(rest)
        guard let first = lines.next(), first.content.trimmingTrailingSpaces() == "---" else {
            return .failure(InvalidValue("missing front matter; a content file starts with a '---' line, then 'field: value' lines, then '---'"))
        }
        let yamlStart = first.next
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            let trimmed = line.content.trimmingTrailingSpaces()
            if trimmed == "---" || trimmed == "..." {
                return .success((rest[yamlStart..<line.content.startIndex], rest[line.next...], lineNumber + 1))
            }
        }
        return .failure(InvalidValue("unterminated front matter; no '---' line closes the one on line 1"))
    }
}

/// Walks the lines of a text, yielding each line's content (without its break) and where the next begins.
struct LineCursor {
    private let text: Substring
    private var position: Substring.Index

    init(_ text: Substring) {
        self.text = text
        position = text.startIndex
    }

    mutating func next() -> (content: Substring, next: Substring.Index)? {
        guard position < text.endIndex else { return nil }
        let utf8 = text.utf8
        let start = position
        if let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) {
            position = utf8.index(after: newline)
            return (text[start..<newline], position)
        }
        position = text.endIndex
        return (text[start...], position)
    }
}

extension Substring {
    /// Drops trailing spaces, tabs and a carriage return.
    func trimmingTrailingSpaces() -> Substring {
        var result = self
        while let last = result.utf8.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            result = result.dropLast()
        }
        return result
    }
}
