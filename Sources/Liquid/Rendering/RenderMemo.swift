import Foundation
import Synchronization

/// Outputs of `{% render %}` calls, kept so that a partial rendered again with
/// the same arguments is copied instead of rendered.
///
/// A `render` partial sees only its arguments, so its output is a function of
/// the partial and the arguments (the environment's filters, clock and limits
/// being fixed). A call is kept only when every argument can be named exactly:
/// `nil`, booleans, numbers, text, ranges, arrays of those, and objects and
/// hashes the host has given an identity (``LiquidObject/liquidIdentity``,
/// ``LiquidHash/identity``). The host promises that two values with the same
/// identity read the same while the memo lives, so a memo belongs to one
/// build of one set of data: make a new one when the data changes.
///
/// Calls that fail are never kept. Memory stays bounded on any site: outputs are kept in two generations of at most
/// half of `byteLimit` each. New outputs go into the young one; when it is full, the old one is let go and the young
/// one becomes old. An output asked for from the old generation moves back into the young one, so what a build keeps
/// using survives (emptying the whole memo at the limit lost the cards a site's later pages would have copied).
public final class RenderMemo: Sendable {
    private struct State {
        var young: [Key: String] = [:]
        var youngBytes = 0
        var old: [Key: String] = [:]

        /// Keeps `output` in the young generation, turning it old first when `output` would overfill it.
        mutating func keep(_ output: String, for key: Key, size: Int, limit: Int) {
            if youngBytes + size > limit / 2 {
                old = young
                young = [:]
                youngBytes = 0
            }
            if young.updateValue(output, forKey: key) == nil { youngBytes += size }
        }
    }

    private let state = Mutex(State())
    /// The most bytes of output kept at once.
    public let byteLimit: Int

    /// A memo keeping up to `byteLimit` bytes of partial output.
    public init(byteLimit: Int = 256 << 20) {
        self.byteLimit = byteLimit
    }

    /// Empties the memo, for a host that knows what it kept will not be asked for again (the pages of one
    /// language done, say): the memory is freed at once, and the limit is not reached by outputs no one needs.
    public func removeAll() {
        state.withLock { $0 = State() }
    }

    /// The output kept for `key`; one found in the old generation moves into the young one.
    func output(for key: Key) -> String? {
        state.withLock { state in
            if let output = state.young[key] { return output }
            guard let output = state.old.removeValue(forKey: key) else { return nil }
            state.keep(output, for: key, size: Self.size(of: output), limit: byteLimit)
            return output
        }
    }

    /// Keeps `output` for `key` (see the generations above).
    func keep(_ output: String, for key: Key) {
        let size = Self.size(of: output)
        guard size <= byteLimit / 2 else { return }
        state.withLock { $0.keep(output, for: key, size: size, limit: byteLimit) }
    }

    /// What an output is counted as: its bytes and a little for its key and table slot.
    private static func size(of output: String) -> Int {
        output.utf8.count + 64
    }

    /// A partial and its named arguments, as exact as a memo needs them, written out as one text: each part with
    /// its kind, and texts and lists with their length, so two keys are equal exactly when their partials and
    /// arguments are. One text costs one allocation; the parts as an array of values cost several, and a large
    /// site's memo holds hundreds of thousands of keys.
    struct Key: Hashable, Sendable {
        let text: String

        /// The key of `template` called with `arguments`, or `nil` when an argument cannot be named exactly.
        init?(template: String, arguments: [(String, Value)]) {
            var text = ""
            text.reserveCapacity(96)
            Self.append(template, kind: "p", to: &text)
            for (name, value) in arguments {
                Self.append(name, kind: "n", to: &text)
                guard Self.append(value, to: &text) else { return nil }
            }
            self.text = text
        }

        private static func append(_ part: String, kind: Character, to text: inout String) {
            text.append(kind)
            text.append(String(part.utf8.count))
            text.append(":")
            text.append(part)
        }

        /// Appends `value` named exactly; `false` when it cannot be (a hash or an object without an identity).
        private static func append(_ value: Value, to text: inout String) -> Bool {
            switch value {
            case .nil: text.append("0")
            case .empty: text.append("e")
            case .blank: text.append("b")
            case .bool(let flag): text.append(flag ? "T" : "F")
            case .int(let number): append(String(number), kind: "i", to: &text)
            // A double by its bits, so `0.0` and `-0.0` stay apart as they print apart.
            case .double(let number): append(String(number.bitPattern), kind: "d", to: &text)
            case .string(let string): append(string, kind: "s", to: &text)
            case .safeString(let string): append(string, kind: "S", to: &text)
            case .range(let low, let high): append("\(low),\(high)", kind: "r", to: &text)
            case .date(let date): append(String(date.timeIntervalSince1970.bitPattern), kind: "D", to: &text)
            case .array(let items):
                append(String(items.count), kind: "a", to: &text)
                for item in items {
                    guard append(item, to: &text) else { return false }
                }
            case .dictionary(let hash):
                guard let identity = hash.identity else { return false }
                append(identity, kind: "h", to: &text)
            case .object(let object):
                guard let identity = object.liquidIdentity else { return false }
                append(identity, kind: "o", to: &text)
            }
            return true
        }
    }
}
