import Foundation

extension Value {
    /// Liquid truthiness: only `nil` and `false` are falsy.
    public var isTruthy: Bool {
        switch self {
        case .nil, .bool(false): return false
        default: return true
        }
    }

    /// Whether the value is `nil`.
    public var isNil: Bool {
        if case .nil = self { return true }
        return false
    }

    /// Whether the value is an empty string, array, hash or range.
    public var isEmpty: Bool {
        switch self {
        case .string(let s), .safeString(let s): return s.isEmpty
        case .array(let a): return a.isEmpty
        case .dictionary(let d): return d.isEmpty
        case .range(let lo, let hi): return hi < lo
        case .empty: return true
        default: return false
        }
    }

    /// Whether the value is blank: nil, false, whitespace-only text or an empty collection.
    public var isBlank: Bool {
        switch self {
        case .nil, .bool(false), .blank, .empty: return true
        case .string(let s), .safeString(let s): return s.allSatisfy(\.isWhitespace)
        case .array, .dictionary, .range: return isEmpty
        default: return false
        }
    }

    /// The number this value holds, when it is an integer or a float.
    public var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The text of a string value, safe or not.
    public var stringValue: String? {
        switch self {
        case .string(let s), .safeString(let s): return s
        default: return nil
        }
    }

    /// Liquid equality (`==`): numbers compare across int and float, `empty`
    /// and `blank` compare by emptiness, collections compare element-wise.
    public func liquidEquals(_ other: Value) -> Bool {
        switch (self, other) {
        case (.empty, .empty), (.blank, .blank): return true
        case (.empty, let v), (let v, .empty): return v.isEmpty && !v.isNil
        case (.blank, let v), (let v, .blank): return v.isBlank
        case (.nil, .nil): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.int, .double), (.double, .int), (.double, .double): return number == other.number
        case (.string(let a), .string(let b)), (.string(let a), .safeString(let b)),
            (.safeString(let a), .string(let b)), (.safeString(let a), .safeString(let b)):
            return a == b
        case (.array(let a), .array(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.liquidEquals($1) }
        case (.dictionary(let a), .dictionary(let b)):
            return a.liquidEquals(b)
        case (.range(let a0, let a1), .range(let b0, let b1)): return a0 == b0 && a1 == b1
        case (.date(let a), .date(let b)): return a == b
        default: return false
        }
    }

    /// Liquid ordering for `<`, `>`, `sort` and friends; `nil` when the two
    /// values cannot be compared (a number and a string, say).
    public func liquidCompare(_ other: Value) -> ComparisonResult? {
        func order<T: Comparable>(_ a: T, _ b: T) -> ComparisonResult {
            a < b ? .orderedAscending : (a > b ? .orderedDescending : .orderedSame)
        }
        switch (self, other) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.int, .double), (.double, .int), (.double, .double): return order(number!, other.number!)
        case (.date(let a), .date(let b)): return order(a, b)
        default:
            if let a = stringValue, let b = other.stringValue { return order(a, b) }
            return nil
        }
    }

    /// A short type name for error messages ("string", "integer", ...).
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "float"
        case .string, .safeString: return "string"
        case .array: return "array"
        case .dictionary: return "hash"
        case .date: return "date"
        case .range: return "range"
        case .object: return "object"
        case .empty: return "empty"
        case .blank: return "blank"
        }
    }
}
