/// The variables a render sets with `assign` and `capture`, and the arguments a `render` partial receives.
///
/// Names and values sit in two arrays and a name is found by comparing names: a template assigns a few dozen names
/// at most, and comparing short names (Swift keeps up to 15 bytes inline) costs less than hashing one, which a
/// dictionary does on every read of a variable. Past ``scanLimit`` names an index finds them instead, so a template
/// that assigns hundreds of names stays linear.
struct AssignedVariables {
    /// The most names found by comparing; more keep ``positions``.
    static let scanLimit = 16

    private var names: [String] = []
    private var values: [Value] = []
    /// Each name's position, once there are more than ``scanLimit``.
    private var positions: [String: Int] = [:]

    /// Whether nothing is assigned.
    var isEmpty: Bool { names.isEmpty }

    /// The value assigned to `name`; setting `nil` removes it.
    subscript(name: String) -> Value? {
        get {
            guard let position = position(of: name) else { return nil }
            return values[position]
        }
        set {
            if let newValue {
                if let position = position(of: name) {
                    values[position] = newValue
                } else {
                    names.append(name)
                    values.append(newValue)
                    if names.count > Self.scanLimit {
                        if positions.isEmpty {
                            for (position, existing) in names.enumerated() { positions[existing] = position }
                        } else {
                            positions[name] = names.count - 1
                        }
                    }
                }
            } else {
                _ = removeValue(forKey: name)
            }
        }
    }

    /// Removes `name` and returns its value, so the caller holds the only reference to it (see
    /// ``RenderContext/evaluateInPlace(_:into:)``). The last entry takes its place: order means nothing here.
    mutating func removeValue(forKey name: String) -> Value? {
        guard let position = position(of: name) else { return nil }
        let last = names.count - 1
        names.swapAt(position, last)
        values.swapAt(position, last)
        names.removeLast()
        let removed = values.removeLast()
        if !positions.isEmpty {
            positions.removeValue(forKey: name)
            if position < last { positions[names[position]] = position }
            if names.count <= Self.scanLimit { positions = [:] }
        }
        return removed
    }

    @inline(__always)
    private func position(of name: String) -> Int? {
        if !positions.isEmpty { return positions[name] }
        var index = 0
        while index < names.count {
            if names[index] == name { return index }
            index += 1
        }
        return nil
    }
}
