import Foundation

/// Filters over arrays. The input is read as Ruby Liquid's `InputIterator`
/// does (see ``Value/inputElements``): nested arrays are flattened, a hash
/// is a one-item list, `nil` is empty and any other value is a one-item list.
enum ArrayFilters {
    /// `join: separator`: the items' text joined by the separator (a space by default).
    static func join(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let items = input.inputElements
        let separator = arguments.argument(0) ?? .string(" ")
        if arguments.context.autoescape, items.contains(where: \.isSafeString) {
            // Mixing safe and unsafe text: escape the unsafe parts so the whole can be safe.
            func safeText(_ value: Value) -> String {
                value.isSafeString ? value.liquidText : EncodingFilters.escapeHTML(value.liquidText)
            }
            return .safeString(try joined(items.map(safeText), safeText(separator), arguments))
        }
        return .string(try joined(items.map(\.liquidText), separator.liquidText, arguments))
    }

    /// `texts` joined by `separator`, refused before joining when longer than the output limit
    /// (a long separator between many items multiplies).
    private static func joined(_ texts: [String], _ separator: String, _ arguments: FilterArguments) throws -> String {
        var bytes = max(0, texts.count - 1) * separator.utf8.count
        for text in texts { bytes += text.utf8.count }
        try arguments.checkText(bytes: bytes)
        return texts.joined(separator: separator)
    }

    /// `first`: the first item of an array or range, the first character of a
    /// string, the first `[key, value]` pair of a hash; `nil` otherwise.
    static func first(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        switch input {
        case .array(let items): return items.first ?? .nil
        case .range(let low, let high): return low <= high ? .int(low) : .nil
        case .string(let s), .safeString(let s): return s.first.map { input.keepingSafety(String($0)) } ?? .nil
        case .dictionary: return input.elements.first ?? .nil
        case .object(let object): return object.liquidProperty("first") ?? .nil
        default: return .nil
        }
    }

    /// `last`: the last item of an array or range, the last character of a string; `nil` otherwise.
    static func last(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        switch input {
        case .array(let items): return items.last ?? .nil
        case .range(let low, let high): return low <= high ? .int(high) : .nil
        case .string(let s), .safeString(let s): return s.last.map { input.keepingSafety(String($0)) } ?? .nil
        case .object(let object): return object.liquidProperty("last") ?? .nil
        default: return .nil
        }
    }

    /// `concat: array`: the input's items followed by the argument's.
    static func concat(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let other = arguments.positional[0]
        switch other {
        case .array, .range:
            return .array(input.inputElements + other.inputElementsWithoutFlattening)
        default:
            throw arguments.failure("expects an array argument, got \(other.describedForMessage)")
        }
    }

    /// `map: property`: each item's property.
    static func map(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let property = arguments.positional[0]
        return .array(try input.inputElements.map { try select(property, of: $0, arguments) ?? .nil })
    }

    static func reverse(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return .array(input.inputElements.reversed())
    }

    /// `sort` / `sort: property`: ascending, `nil` last; mixing types that
    /// cannot be compared (a number and a string) is an error.
    static func sort(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let items = input.inputElements
        if items.isEmpty { return .array([]) }
        let compare: (Value, Value) throws -> Bool = { a, b in
            try nilSafeCompare(a, b, arguments) == .orderedAscending
        }
        guard let property = arguments.argument(0), !property.isNil else {
            return .array(try items.sorted(by: compare))
        }
        guard let keys = try sortKeys(items, property, arguments) else { return .nil }
        return .array(try zip(keys, items).sorted { try compare($0.0, $1.0) }.map(\.1))
    }

    /// `sort_natural` / `sort_natural: property`: case-insensitive by text, `nil` last.
    static func sortNatural(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let items = input.inputElements
        if items.isEmpty { return .array([]) }
        let keys: [Value]
        if let property = arguments.argument(0), !property.isNil {
            guard let selected = try sortKeys(items, property, arguments) else { return .nil }
            keys = selected
        } else {
            keys = items
        }
        let folded: [[UInt8]?] = keys.map { $0.isNil ? nil : asciiLowercased($0.liquidText) }
        let order = folded.indices.sorted { i, j in
            switch (folded[i], folded[j]) {
            case (nil, _): return false
            case (_, nil): return true
            case let (a?, b?): return a.lexicographicallyPrecedes(b)
            }
        }
        return .array(order.map { items[$0] })
    }

    /// `uniq` / `uniq: property`: items (or items with a property value) seen first, in order.
    static func uniq(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let items = input.inputElements
        let property = arguments.argument(0).flatMap { $0.isNil ? Optional.none : $0 }
        var seen = Set<String>()
        var result: [Value] = []
        for (index, item) in items.enumerated() {
            let key = try property.map { try select($0, of: item, arguments) ?? .nil } ?? item
            if seen.insert(key.identityKey ?? "#object\(index)").inserted { result.append(item) }
        }
        return .array(result)
    }

    /// `compact` / `compact: property`: without `nil` items (or items whose property is `nil`).
    static func compact(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let items = input.inputElements
        guard let property = arguments.argument(0), !property.isNil else {
            return .array(items.filter { !$0.isNil })
        }
        return .array(try items.filter { try !(select(property, of: $0, arguments) ?? .nil).isNil })
    }

    /// `where: property, value`: items whose property equals the value, or is truthy when no value is given.
    static func `where`(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        return try scan(input, arguments, empty: .array([])) { items, test in
            var kept: [Value] = []
            for item in items {
                guard let matched = try test(item) else { return .nil }
                if matched { kept.append(item) }
            }
            return .array(kept)
        }
    }

    /// `reject: property, value`: the items `where` would drop.
    static func reject(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        return try scan(input, arguments, empty: .array([])) { items, test in
            var kept: [Value] = []
            for item in items {
                guard let matched = try test(item) else { return .nil }
                if !matched { kept.append(item) }
            }
            return .array(kept)
        }
    }

    /// `find: property, value`: the first item `where` would keep.
    static func find(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        return try scan(input, arguments, empty: .nil) { items, test in
            for item in items {
                guard let matched = try test(item) else { return .nil }
                if matched { return item }
            }
            return .nil
        }
    }

    /// `find_index: property, value`: the index of the first item `where` would keep.
    static func findIndex(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        return try scan(input, arguments, empty: .nil) { items, test in
            for (index, item) in items.enumerated() {
                guard let matched = try test(item) else { return .nil }
                if matched { return .int(index) }
            }
            return .nil
        }
    }

    /// `has: property, value`: whether any item `where` would keep exists.
    static func has(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1...2)
        return try scan(input, arguments, empty: .bool(false)) { items, test in
            for item in items {
                guard let matched = try test(item) else { return .nil }
                if matched { return .bool(true) }
            }
            return .bool(false)
        }
    }

    /// `sum` / `sum: property`: the sum of the items (or their property), non-numbers counting as 0.
    static func sum(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        var values = input.inputElements
        if let property = arguments.argument(0), !property.isNil {
            values = try values.map { try select(property, of: $0, arguments) ?? .int(0) }
        }
        var total = LiquidNumber.integer(0)
        for value in Value.array(values).inputElements {
            total = LiquidNumber.combine(
                total, value.liquidNumber,
                integers: { $0.addingReportingOverflow($1) }, decimals: { $0 + $1 }, doubles: { $0 + $1 })
        }
        return total.value
    }

    // MARK: - Shared machinery

    /// Ruby's `item[property]`: a hash key, an object property, a substring
    /// test for strings, an index for arrays, a bit for integers. `nil` when the
    /// item cannot be subscripted at all (nil, booleans, floats, dates).
    ///
    /// - Throws: ``FilterError`` when the item can be subscripted but not by
    ///   this property (`5['title']`).
    static func select(_ property: Value, of item: Value, _ arguments: FilterArguments) throws -> Value? {
        func refuse() -> FilterError {
            arguments.failure("cannot select the property \(property.quotedForMessage) of \(item.describedForMessage)")
        }
        switch item {
        case .dictionary(let d):
            guard let key = property.stringValue else { return .nil }
            return d[key] ?? .nil
        case .object(let object):
            guard let key = property.stringValue else { return .nil }
            return object.liquidProperty(key) ?? .nil
        case .string(let s), .safeString(let s):
            if let needle = property.stringValue {
                return needle.isEmpty || s.contains(needle) ? .string(needle) : .nil
            }
            if case .int(let index) = property {
                let characters = Array(s)
                let i = index < 0 ? characters.count + index : index
                return characters.indices.contains(i) ? .string(String(characters[i])) : .nil
            }
            throw refuse()
        case .int(let n):
            guard case .int(let bit) = property else { throw refuse() }
            if bit < 0 { return .int(0) }
            return .int(bit >= Int.bitWidth ? (n < 0 ? 1 : 0) : (n >> bit) & 1)
        case .array, .range:
            guard case .int(let index) = property else { throw refuse() }
            return item.element(at: index) ?? .nil
        default:
            return nil
        }
    }

    /// The test behind `where`, `reject`, `find`, `find_index` and `has`:
    /// `empty` for no items; otherwise `body` gets the items and a test that
    /// answers `nil` for an item that cannot be subscripted (Ruby Liquid then
    /// gives up and returns nil).
    private static func scan(
        _ input: Value, _ arguments: FilterArguments, empty: Value,
        _ body: ([Value], (Value) throws -> Bool?) throws -> Value
    ) throws -> Value {
        let items = input.inputElements
        if items.isEmpty { return empty }
        let property = arguments.positional[0]
        // An undefined property selects nothing.
        if property.isNil { return empty }
        let target = arguments.argument(1) ?? .nil
        return try body(items) { item in
            guard let selected = try select(property, of: item, arguments) else { return nil }
            return target.isNil ? selected.isTruthy : selected.liquidEquals(target)
        }
    }

    /// Each item's `property` for sorting, or `nil` when some item cannot be subscripted.
    private static func sortKeys(_ items: [Value], _ property: Value, _ arguments: FilterArguments) throws -> [Value]? {
        var keys: [Value] = []
        keys.reserveCapacity(items.count)
        for item in items {
            guard let key = try select(property, of: item, arguments) else { return nil }
            keys.append(key)
        }
        return keys
    }

    private static func nilSafeCompare(_ a: Value, _ b: Value, _ arguments: FilterArguments) throws -> ComparisonResult {
        if let order = a.liquidCompare(b) { return order }
        switch (a.isNil, b.isNil) {
        case (true, true): return .orderedSame
        case (true, false): return .orderedDescending
        case (false, true): return .orderedAscending
        default:
            if a.liquidEquals(b) { return .orderedSame }
            throw arguments.failure("cannot sort values of incompatible types (\(a.typeName) and \(b.typeName))")
        }
    }

    private static func asciiLowercased(_ text: String) -> [UInt8] {
        text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }
    }
}

extension Value {
    /// A key equal for values Ruby's `uniq` treats as equal (`eql?`: same type
    /// and contents; 1 and 1.0 differ), or `nil` for host objects.
    var identityKey: String? {
        switch self {
        case .nil, .empty, .blank: return "n"
        case .bool(let b): return b ? "T" : "F"
        case .int(let i): return "i\(i)"
        case .double(let d): return "d\(d)"
        case .string(let s), .safeString(let s): return "s\(s.utf8.count):\(s)"
        case .date(let date): return "t\(date.timeIntervalSince1970)"
        case .range(let low, let high): return "r\(low)..\(high)"
        case .array(let items):
            var key = "a\(items.count)["
            for item in items {
                guard let itemKey = item.identityKey else { return nil }
                key += "\(itemKey.utf8.count):" + itemKey
            }
            return key + "]"
        case .dictionary(let d):
            var key = "h\(d.count){"
            for name in d.keys.sorted() {
                guard let valueKey = d[name]!.identityKey else { return nil }
                key += "\(name.utf8.count):\(name)\(valueKey.utf8.count):\(valueKey)"
            }
            return key + "}"
        case .object: return nil
        }
    }
}
