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
/// Calls that fail are never kept. When the kept outputs pass `byteLimit`,
/// the memo starts again empty, so memory stays bounded on any site.
public final class RenderMemo: Sendable {
    private struct State {
        var outputs: [Key: String] = [:]
        var bytes = 0
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
        state.withLock { state in
            state.outputs = [:]
            state.bytes = 0
        }
    }

    /// The output kept for `key`.
    func output(for key: Key) -> String? {
        state.withLock { $0.outputs[key] }
    }

    /// Keeps `output` for `key`, emptying the memo first when it would pass the limit.
    func keep(_ output: String, for key: Key) {
        let size = output.utf8.count + 64
        guard size <= byteLimit else { return }
        state.withLock { state in
            if state.bytes + size > byteLimit {
                state.outputs.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            if state.outputs.updateValue(output, forKey: key) == nil { state.bytes += size }
        }
    }

    /// A partial and its named arguments, as exact as a memo needs them.
    struct Key: Hashable, Sendable {
        let template: String
        let arguments: [Part]

        /// The key of `template` called with `arguments`, or `nil` when an argument cannot be named exactly.
        init?(template: String, arguments: [(String, Value)]) {
            var parts: [Part] = []
            parts.reserveCapacity(arguments.count * 2)
            for (name, value) in arguments {
                guard let part = Part(value) else { return nil }
                parts.append(.string(name))
                parts.append(part)
            }
            self.template = template
            self.arguments = parts
        }
    }

    /// One argument value, named exactly.
    enum Part: Hashable, Sendable {
        case none, empty, blank
        case bool(Bool)
        case int(Int)
        /// A double by its bits, so `0.0` and `-0.0` stay apart as they print apart.
        case double(UInt64)
        case string(String)
        case safe(String)
        case range(Int, Int)
        case date(UInt64)
        case array([Part])
        case object(String)
        case hash(String)

        init?(_ value: Value) {
            switch value {
            case .nil: self = .none
            case .empty: self = .empty
            case .blank: self = .blank
            case .bool(let flag): self = .bool(flag)
            case .int(let number): self = .int(number)
            case .double(let number): self = .double(number.bitPattern)
            case .string(let text): self = .string(text)
            case .safeString(let text): self = .safe(text)
            case .range(let low, let high): self = .range(low, high)
            case .date(let date): self = .date(date.timeIntervalSince1970.bitPattern)
            case .array(let items):
                var parts: [Part] = []
                parts.reserveCapacity(items.count)
                for item in items {
                    guard let part = Part(item) else { return nil }
                    parts.append(part)
                }
                self = .array(parts)
            case .dictionary(let hash):
                guard let identity = hash.identity else { return nil }
                self = .hash(identity)
            case .object(let object):
                guard let identity = object.liquidIdentity else { return nil }
                self = .object(identity)
            }
        }
    }
}
