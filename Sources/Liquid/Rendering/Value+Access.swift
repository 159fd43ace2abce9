extension Value {
    /// Reads `value.name` or `value["name"]`: hash keys, object properties, and
    /// the special `size`, `first` and `last` of arrays, ranges and strings.
    /// Returns `nil` when there is no such property.
    public func property(_ name: String) -> Value? {
        switch self {
        case .dictionary(let d):
            if let v = d[name] { return v }
            if name == "size" { return .int(d.count) }
            return nil
        case .object(let o):
            return o.liquidProperty(name)
        case .array(let a):
            switch name {
            case "size": return .int(a.count)
            case "first": return a.first ?? .nil
            case "last": return a.last ?? .nil
            default: return nil
            }
        case .range(let lo, let hi):
            switch name {
            case "size": return .int(Value.rangeCount(lo, hi))
            case "first": return .int(lo)
            case "last": return .int(hi)
            default: return nil
            }
        case .string(let s), .safeString(let s):
            return name == "size" ? .int(s.characterCount) : nil
        default:
            return nil
        }
    }

    /// Reads `value[index]` for arrays and ranges; negative indexes count from the end.
    public func element(at index: Int) -> Value? {
        switch self {
        case .array(let a):
            let i = index < 0 ? a.count + index : index
            return a.indices.contains(i) ? a[i] : nil
        case .range(let lo, let hi):
            let count = Value.rangeCount(lo, hi)
            let i = index < 0 ? count + index : index
            return (0..<count).contains(i) ? .int(lo + i) : nil
        default:
            return nil
        }
    }

    /// How many integers `lo...hi` holds, saturating at `Int.max` (`(-9223372036854775808..9223372036854775807)`).
    static func rangeCount(_ lo: Int, _ hi: Int) -> Int {
        guard lo <= hi else { return 0 }
        let (span, overflow) = hi.subtractingReportingOverflow(lo)
        return overflow || span == .max ? .max : span + 1
    }

    /// How many items ``elements`` would hold, without building them.
    var elementCount: Int {
        switch self {
        case .array(let a): return a.count
        case .range(let lo, let hi): return Value.rangeCount(lo, hi)
        case .dictionary(let d): return d.count
        case .nil, .empty, .blank: return 0
        default: return 1
        }
    }

    /// The elements a `for` loop or an array filter walks: array items, range
    /// integers, hash entries as `[key, value]` pairs in insertion order, or
    /// the value itself for anything else but nil.
    public var elements: [Value] {
        switch self {
        case .array(let a): return a
        case .range(let lo, let hi): return lo <= hi ? (lo...hi).map(Value.int) : []
        case .dictionary(let d): return d.map { .array([.string($0.key), $0.value]) }
        case .nil, .empty, .blank: return []
        default: return [self]
        }
    }
}
