import Diagnostics
import Yams

/// Reads typed values out of one YAML mapping, recording a located
/// diagnostic for every missing, mistyped or invalid field.
///
/// Every accessor marks its key as known; ``finish()`` then reports the keys
/// nobody asked for as errors ("unknown field 'titel'; did you mean 'title'?"):
/// a misspelt `drafts: true` must not publish an unfinished item.
final class FieldReader {
    let file: SourceFile
    /// Prefix of nested keys in messages, e.g. `period.` or `outcomes[2].`.
    let prefix: String
    /// The nested mapping's mark; `nil` at the top level.
    private let mappingMark: Mark?
    private var entries: [(key: String, keyNode: Node, value: Node)] = []
    private var index: [String: Int] = [:]
    private var asked: Set<String> = []

    init(file: SourceFile, mapping: Node?, prefix: String = "", mappingMark: Mark? = nil) {
        self.file = file
        self.prefix = prefix
        self.mappingMark = mappingMark
        guard let mapping = mapping?.mapping else { return }
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                file.addError("field names must be plain text, found \(FieldReader.describe(keyNode))", at: file.location(of: keyNode.mark))
                continue
            }
            index[key] = entries.count
            entries.append((key, keyNode, value))
        }
    }

    /// Where a missing field is reported: the opening `---` for the top level, the mapping for nested ones.
    /// Computed only when needed: turning a mark into a column indexes the file's lines.
    var missingLocation: SourceLocation {
        mappingMark.map { file.location(of: $0) } ?? .start
    }

    // MARK: Presence

    /// The value node for `key`, or `nil` when absent or null (`key:` with nothing, `~`, `null`).
    func node(_ key: String) -> Node? {
        asked.insert(key)
        guard let position = index[key] else { return nil }
        let value = entries[position].value
        return FieldReader.isNull(value) ? nil : value
    }

    /// Whether the field is present and not null.
    func has(_ key: String) -> Bool { node(key) != nil }

    /// The place of a field's value (or of the key when the value is null; the missing place when absent).
    func location(of key: String) -> SourceLocation {
        guard let position = index[key] else { return missingLocation }
        let entry = entries[position]
        return file.location(of: FieldReader.isNull(entry.value) ? entry.keyNode.mark : entry.value.mark)
    }

    /// The place of a field's key.
    func keyLocation(of key: String) -> SourceLocation {
        guard let position = index[key] else { return missingLocation }
        return file.location(of: entries[position].keyNode.mark)
    }

    /// Records `missing required field 'key'` at the missing place.
    func reportMissing(_ key: String) {
        file.addError("missing required field '\(prefix)\(key)'", at: missingLocation)
    }

    /// Records an error at a field's value.
    func error(_ message: String, at key: String) {
        file.addError(message, at: location(of: key))
    }

    // MARK: Scalars

    /// The text of a scalar field; a list or mapping is an error.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let scalar = node.scalar else {
            file.addError("'\(prefix)\(key)' must be text, found \(FieldReader.describe(node))", at: file.location(of: node.mark))
            return nil
        }
        if required, scalar.string.allSatisfy(\.isWhitespace) {
            file.addError("'\(prefix)\(key)' must not be empty", at: file.location(of: node.mark))
            return nil
        }
        return scalar.string
    }

    /// A boolean field: `true`/`false` (also `yes`/`no`, `on`/`off`, any case).
    func bool(_ key: String) -> Bool? {
        guard let node = node(key), let text = scalarText(key, node, expected: "true or false") else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            file.addError("'\(prefix)\(key)' must be true or false, found '\(text)'", at: file.location(of: node.mark))
            return nil
        }
    }

    /// An integer field.
    func int(_ key: String, required: Bool = false) -> Int? {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let text = scalarText(key, node, expected: "an integer") else { return nil }
        guard let value = Int(text.replacingUnderscores()) else {
            file.addError("'\(prefix)\(key)' must be an integer, found '\(text)'", at: file.location(of: node.mark))
            return nil
        }
        return value
    }

    /// A number field (integer or decimal).
    func number(_ key: String, required: Bool = false) -> Double? {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let text = scalarText(key, node, expected: "a number") else { return nil }
        guard let value = Double(text.replacingUnderscores()), value.isFinite else {
            file.addError("'\(prefix)\(key)' must be a number, found '\(text)'", at: file.location(of: node.mark))
            return nil
        }
        return value
    }

    /// A scalar field turned into a typed value by `make`; its error is placed at the value.
    func value<T>(_ key: String, required: Bool = false, _ make: (String) throws(InvalidValue) -> T) -> T? {
        guard let node = node(key) else {
            if required { reportMissing(key) }
            return nil
        }
        guard let text = scalarText(key, node, expected: "text") else { return nil }
        do {
            return try make(text)
        } catch {
            file.addError(error.message, at: file.location(of: node.mark))
            return nil
        }
    }

    /// A date field (`YYYY-MM-DD`).
    func date(_ key: String, required: Bool = false) -> ContentDate? {
        value(key, required: required) { text throws(InvalidValue) in
            do {
                return try ContentDate(text)
            } catch {
                // Written right but not a day of the calendar: say why, as the form alone would not tell.
                let why = ContentDate.calendarProblem(text).map { ": \($0)" } ?? ""
                throw InvalidValue("'\(self.prefix)\(key)' must be a date (YYYY-MM-DD), found '\(text)'\(why)")
            }
        }
    }

    /// One of an enum's values; an unknown one lists the allowed values and suggests the closest.
    func enumeration<E: ContentEnum>(_ key: String, required: Bool = false, as type: E.Type = E.self) -> E? {
        value(key, required: required) { text throws(InvalidValue) in
            if let value = E(rawValue: text) { return value }
            throw InvalidValue(FieldReader.unknownValue(text, field: self.prefix + key, allowed: E.allowedValues))
        }
    }

    /// `unknown consent 'yes'; expected one of given, pending, withdrawn` (+ `; did you mean '…'?`).
    static func unknownValue(_ text: String, field: String, allowed: [String]) -> String {
        "unknown \(field) '\(text)'; expected one of \(allowed.joined(separator: ", "))" + Suggestion.hint(for: text, in: allowed)
    }

    // MARK: Collections

    /// A list of scalars made into typed values; a single scalar counts as a list of one.
    /// Each bad element is reported at the element; the good ones are kept.
    func list<T>(_ key: String, _ make: (String) throws(InvalidValue) -> T) -> [T]? {
        locatedList(key, make)?.map(\.value)
    }

    /// Like ``list(_:_:)``, with each kept value's YAML mark (turn it into a place with `file.location(of:)` only when
    /// reporting: that indexes the file's lines).
    func locatedList<T>(_ key: String, _ make: (String) throws(InvalidValue) -> T) -> [(value: T, mark: Mark?)]? {
        guard let node = node(key) else { return nil }
        let elements: [Node]
        switch node {
        case .scalar: elements = [node]
        case .sequence(let sequence): elements = Array(sequence)
        default:
            file.addError("'\(prefix)\(key)' must be a list like [a, b], found \(FieldReader.describe(node))", at: file.location(of: node.mark))
            return nil
        }
        var result: [(value: T, mark: Mark?)] = []
        for element in elements where !FieldReader.isNull(element) {
            guard let text = element.scalar?.string else {
                file.addError("'\(prefix)\(key)' items must be text, found \(FieldReader.describe(element))", at: file.location(of: element.mark))
                continue
            }
            do {
                let value = try make(text)
                result.append((value, element.mark))
            } catch {
                file.addError(error.message, at: file.location(of: element.mark))
            }
        }
        return result
    }

    /// A nested mapping such as `period: {start: …, end: …}`, read with its own reader.
    func nested(_ key: String) -> FieldReader? {
        guard let node = node(key) else { return nil }
        guard node.mapping != nil else {
            file.addError("'\(prefix)\(key)' must be a mapping like {name: value}, found \(FieldReader.describe(node))",
                          at: file.location(of: node.mark))
            return nil
        }
        return FieldReader(file: file, mapping: node, prefix: "\(prefix)\(key).", mappingMark: node.mark)
    }

    /// A list of mappings such as `outcomes`, each read with its own reader (prefix `outcomes[1].`, counting from 1).
    func nestedList(_ key: String) -> [FieldReader]? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            file.addError("'\(prefix)\(key)' must be a list of mappings, found \(FieldReader.describe(node))", at: file.location(of: node.mark))
            return nil
        }
        var readers: [FieldReader] = []
        for (offset, element) in sequence.enumerated() {
            guard element.mapping != nil else {
                file.addError("'\(prefix)\(key)' items must be mappings like {name: value}, found \(FieldReader.describe(element))",
                              at: file.location(of: element.mark))
                continue
            }
            readers.append(FieldReader(file: file, mapping: element, prefix: "\(prefix)\(key)[\(offset + 1)].",
                                       mappingMark: element.mark))
        }
        return readers
    }

    /// Reports every key no accessor asked for as an error, suggesting the closest known one;
    /// `freeForm` names where free-form data belongs (`params`), for the hint when nothing is close.
    func finish(known: [String]? = nil, freeForm: String? = nil) {
        let names = known ?? Array(asked)
        for entry in entries where !asked.contains(entry.key) {
            var hint = Suggestion.hint(for: entry.key, in: names.sorted())
            if hint.isEmpty, let meant = FieldReader.commonMisnamings[entry.key.lowercased()], names.contains(meant) {
                hint = "; did you mean '\(meant)'?"
            }
            if hint.isEmpty, let freeForm { hint = "; put data for the theme under '\(freeForm):'" }
            file.addError("unknown field '\(prefix)\(entry.key)'\(hint)", at: file.location(of: entry.keyNode.mark))
        }
    }

    /// Names editors reach for that are too far from ours for edit distance to suggest.
    static let commonMisnamings = [
        "apply_link": "apply_url", "apply": "apply_url", "apply_email": "apply_url", "apply_phone": "apply_url",
        "whatsapp": "apply_url", "link": "apply_url", "url": "apply_url", "company": "organisation", "employer": "organisation",
        "organization": "organisation", "alt": "image_alt", "image_alt_text": "image_alt", "work_location": "location",
        "remote_work": "workplace", "hybrid": "workplace", "published": "draft", "language": "lang", "category": "tags",
    ]

    // MARK: Helpers

    private func scalarText(_ key: String, _ node: Node, expected: String) -> String? {
        guard let scalar = node.scalar else {
            file.addError("'\(prefix)\(key)' must be \(expected), found \(FieldReader.describe(node))", at: file.location(of: node.mark))
            return nil
        }
        return scalar.string
    }

    /// Whether a node is YAML's null: an empty plain value, `~` or `null`.
    static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// `a list`, `a mapping`, or the scalar quoted.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        contains("_") ? String(filter { $0 != "_" }) : self
    }
}
