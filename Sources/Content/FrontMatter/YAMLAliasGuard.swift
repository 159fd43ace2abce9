internal import CYaml
import Yams

/// Refuses YAML whose aliases would make composing it explode, before Yams composes it.
///
/// Yams hashes every mapping key to find duplicates, and hashing a key built
/// from nested aliases walks each alias again: `? *h : 1` after eight levels of
/// `b: &b [*a, *a]` costs seconds, nine costs minutes. Aliases used as
/// values are shared, not copied, but whatever walks the tree later (theme
/// `params`) expands them, so their expanded size is bounded too.
///
/// The guard walks libyaml's events (one cheap pass, only when the text holds
/// a `*`); it leaves syntax errors to the composer, which reports them in full.
struct YAMLAliasGuard {
    /// The most values a document may hold once its aliases are expanded.
    static let maximumExpandedNodes = 10_000

    /// A refused document: why, and where in the YAML (1-based line, column in Unicode scalars, as Yams' marks).
    struct Refusal: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// `nil` when `yaml` is safe to compose, else the first refusal.
    static func check(_ yaml: String) -> Refusal? {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var copy = yaml
        return copy.withUTF8 { bytes in walk(bytes) }
    }

    /// One open collection: its expanded size so far, its anchor, and for a mapping whether the next node is a key.
    private struct Frame {
        var size = 1
        var anchor: String?
        var isMapping: Bool
        var expectingKey: Bool
        /// Whether this collection is (inside) a mapping key.
        var inKey: Bool
    }

    private static func walk(_ bytes: UnsafeBufferPointer<UInt8>) -> Refusal? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var sizes: [String: Int] = [:]
        var stack: [Frame] = []
        var total = 0

        /// Counts one finished node of `size` into its parent (and the total); in a mapping, flips key and value.
        func add(_ size: Int) {
            total += size
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].size += size
            if stack[stack.count - 1].isMapping { stack[stack.count - 1].expectingKey.toggle() }
        }
        var inKey: Bool {
            guard let top = stack.last else { return false }
            return top.inKey || (top.isMapping && top.expectingKey)
        }

        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_ALIAS_EVENT:
                let name = text(event.data.alias.anchor)
                if inKey {
                    return Refusal(message: "an alias ('*\(name)') cannot be used as a field name; write the name out",
                                   line: line, column: column)
                }
                add(sizes[name] ?? 1)
            case YAML_SCALAR_EVENT:
                if let anchor = event.data.scalar.anchor { sizes[text(anchor)] = 1 }
                add(1)
            case YAML_SEQUENCE_START_EVENT:
                stack.append(Frame(anchor: event.data.sequence_start.anchor.map(text), isMapping: false, expectingKey: false, inKey: inKey))
            case YAML_MAPPING_START_EVENT:
                stack.append(Frame(anchor: event.data.mapping_start.anchor.map(text), isMapping: true, expectingKey: true, inKey: inKey))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                if let anchor = frame.anchor { sizes[anchor] = frame.size }
                add(frame.size)
            default:
                continue
            }
            if total > maximumExpandedNodes {
                return Refusal(message: "aliases here expand to more than \(maximumExpandedNodes) values; write the values out instead of "
                    + "repeating '*' references", line: line, column: column)
            }
        }
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> String {
        String(cString: pointer)
    }
}
