import Diagnostics
import Yams

/// Turns libyaml's syntax errors into located advice an editor can act on.
///
/// libyaml reports where it gave up, which is often lines after the mistake
/// (an unclosed quote is noticed at the next quote, maybe in a comment), in
/// parser words ("did not find expected key"). This places each common
/// problem on the line of the mistake and says what to do.
extension SourceFile {
    /// A YAML syntax error as a diagnostic at the mistake, in plain words.
    func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let (message, at) = explain(problem: problem, context: context, mark: mark)
            return self.error(message, at: at)
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return self.error("duplicate field \(names); keep one", at: location(of: context.mark))
        case let .reader(problem, _, _, _):
            return self.error("unreadable text: \(problem); save the file as UTF-8", at: .start)
        default:
            return self.error("invalid YAML: \(error)", at: .start)
        }
    }

    private func explain(problem: String, context: YamlError.Context?, mark: Mark) -> (String, SourceLocation) {
        let contextText = context?.text ?? ""
        let here = location(of: mark)
        if contextText.contains("quoted scalar") {
            let opened = context.map { location(of: $0.mark) } ?? here
            return (SourceFile.unclosedQuoteAdvice, opened)
        }
        if contextText.contains("alias") || contextText.contains("anchor") {
            return (SourceFile.referenceAdvice, context.map { location(of: $0.mark) } ?? here)
        }
        if let unclosed = unclosedQuote(before: mark.line) {
            return (SourceFile.unclosedQuoteAdvice, unclosed)
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return (colonInValue(at: mark), here)
        case "did not find expected key", "did not find expected <document start>":
            return (unexpectedText(at: mark), here)
        case "did not find expected ',' or ']'":
            return ("the list opened with '[' here is not closed; end it with ']' on the same line, with ', ' between items",
                    context.map { location(of: $0.mark) } ?? here)
        case "did not find expected ',' or '}'":
            return ("the mapping opened with '{' here is not closed; end it with '}' on the same line, with ', ' between entries",
                    context.map { location(of: $0.mark) } ?? here)
        case "found a tab character that violates indentation":
            return ("indent with spaces, not tabs", SourceLocation(line: mark.line + lineOffset, column: 1))
        case "found character that cannot start any token" where lines.line(mark.line + lineOffset).hasPrefix("\t"):
            return ("indent with spaces, not tabs", SourceLocation(line: mark.line + lineOffset, column: 1))
        case "found character that cannot start any token":
            let character = character(at: mark).map { "'\($0)'" } ?? "this character"
            return ("a value cannot start with \(character); put the value in quotes", here)
        case "found undefined alias":
            return (SourceFile.referenceAdvice, here)
        case "block sequence entries are not allowed in this context":
            return ("a '- ' list item cannot follow a value on the same field; put list items on their own lines under "
                + "'field:', or quote the value", here)
        default:
            let detail = contextText.isEmpty ? problem : "\(problem) (\(contextText))"
            return ("invalid YAML: \(detail)", here)
        }
    }

    private static let unclosedQuoteAdvice =
        "the quote that starts this value is not closed on this line; close it at the end of the value, or remove it"
    private static let referenceAdvice =
        "a value starting with '*' or '&' is read as a YAML reference; put the value in quotes if the '*' or '&' is part of the text"

    /// `title: Translator: Arabic-English` → advice naming the field and showing the quoted line.
    private func colonInValue(at mark: Mark) -> String {
        let line = lines.line(mark.line + lineOffset)
        let indentation = line.prefix(while: { $0 == " " })
        guard let colon = line.firstIndex(of: ":"), line[..<colon].trimmingTrailingSpaces() != "", indentation.isEmpty else {
            return "this line is indented more than the field above it, which does not take nested fields; "
                + "remove the spaces at the start of the line"
        }
        let field = line[line.startIndex..<colon].trimmingCharacters()
        let value = line[line.index(after: colon)...].trimmingCharacters()
        let quoted = "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return "put the \(field) in quotes: a colon followed by a space starts a new key (\(field): \(quoted))"
    }

    /// Text after a closing quote (`title: "A" B`, `title: 'it's'`), or a line that is not `field: value`.
    private func unexpectedText(at mark: Mark) -> String {
        let line = lines.line(mark.line + lineOffset)
        let before = line.unicodeScalars.prefix(max(0, mark.column - 1))
        if let last = before.reversed().first(where: { $0 != " " }), last == "'" || last == "\"" {
            let apostrophe = last == "'" ? "; inside single quotes write an apostrophe as '', or use double quotes" : ""
            return "text after the closing quote; put the whole value inside the quotes\(apostrophe)"
        }
        return "expected a 'field: value' line here; check the indentation and the ':' after the field name"
    }

    /// The first line before `yamlLine` (1-based in the YAML) whose value opens a quote and does not close it.
    private func unclosedQuote(before yamlLine: Int) -> SourceLocation? {
        guard yamlLine > 1 else { return nil }
        for number in 1..<yamlLine {
            let line = lines.line(number + lineOffset)
            guard let colon = line.range(of: ": ")?.upperBound ?? (line.hasSuffix(":") ? line.endIndex : nil) else { continue }
            let value = line[colon...].drop(while: { $0 == " " })
            guard let quote = value.first, quote == "\"" || quote == "'" else { continue }
            if !SourceFile.closesQuote(value.dropFirst(), quote: quote) {
                return SourceLocation(line: number + lineOffset, column: line.distance(from: line.startIndex, to: value.startIndex) + 1)
            }
        }
        return nil
    }

    /// Whether a quoted value's rest (after the opening quote) holds its closing quote.
    private static func closesQuote(_ rest: Substring, quote: Character) -> Bool {
        var escaped = false
        var index = rest.startIndex
        while index < rest.endIndex {
            let character = rest[index]
            if quote == "\"" {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { return true }
            } else if character == "'" {
                let next = rest.index(after: index)
                if next < rest.endIndex, rest[next] == "'" { index = rest.index(after: next); continue }
                return true
            }
            index = rest.index(after: index)
        }
        return false
    }

    private func character(at mark: Mark) -> Character? {
        let line = lines.line(mark.line + lineOffset)
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: mark.column - 1, limitedBy: scalars.endIndex),
              index < scalars.endIndex else { return nil }
        return Character(scalars[index])
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    fileprivate func trimmingCharacters() -> String {
        String(drop(while: { $0 == " " }).trimmingTrailingSpaces())
    }
}
