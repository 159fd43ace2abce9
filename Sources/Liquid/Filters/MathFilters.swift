import Foundation

/// Arithmetic filters. Inputs and arguments go through ``Value/liquidNumber``
/// (`'5'` is 5, `'hello'` and `nil` are 0); integers stay integers, and any
/// float turns the result into a float computed in decimal.
enum MathFilters {
    static func abs(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        switch input.liquidNumber {
        case .integer(let i): return i == .min ? .double(-Double(i)) : .int(Swift.abs(i))
        case .float(let d): return .double(Swift.abs(d))
        }
    }

    static func ceil(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return integral(input.liquidNumber, .up)
    }

    static func floor(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0)
        return integral(input.liquidNumber, .down)
    }

    /// `round` / `round: places`: half away from zero; an integer for no
    /// (or non-positive) places, a float otherwise.
    static func round(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(0...1)
        let number = input.liquidNumber
        var places: Int
        switch arguments.number(0) {
        case .integer(let i): places = i
        case .float(let d): places = d.isFinite ? Int(Swift.max(-1000, Swift.min(1000, d.rounded(.towardZero)))) : 0
        }
        // Past ±1000 places nothing changes; clamping keeps `-places` and the conversion from trapping.
        places = Swift.max(-1000, Swift.min(1000, places))
        switch number {
        case .integer(let i):
            return places >= 0 ? .int(i) : .int(roundInteger(i, places: places))
        case .float(let d):
            guard d.isFinite, let decimal = number.decimal else { return .double(d) }
            let rounded = decimal.rounded(places, .plain).liquidDouble
            return places > 0 ? .double(rounded) : (Int(exactly: rounded.rounded()).map(Value.int) ?? .double(rounded))
        }
    }

    /// `i` rounded to a negative number of places, half away from zero (`1250` to -2 places is `1300`).
    private static func roundInteger(_ i: Int, places: Int) -> Int {
        var unit = 1
        for _ in 0..<(-places) {
            let (next, overflow) = unit.multipliedReportingOverflow(by: 10)
            if overflow { return 0 }
            unit = next
        }
        let magnitude = i.magnitude
        let rounded = (magnitude + UInt(unit / 2)) / UInt(unit) * UInt(unit)
        return Int(exactly: rounded).map { i < 0 ? -$0 : $0 } ?? i
    }

    static func plus(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return LiquidNumber.combine(
            input.liquidNumber, arguments.number(0),
            integers: { $0.addingReportingOverflow($1) }, decimals: { $0 + $1 }, doubles: { $0 + $1 }
        ).value
    }

    static func minus(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return LiquidNumber.combine(
            input.liquidNumber, arguments.number(0),
            integers: { $0.subtractingReportingOverflow($1) }, decimals: { $0 - $1 }, doubles: { $0 - $1 }
        ).value
    }

    static func times(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        return LiquidNumber.combine(
            input.liquidNumber, arguments.number(0),
            integers: { $0.multipliedReportingOverflow(by: $1) }, decimals: { $0 * $1 }, doubles: { $0 * $1 }
        ).value
    }

    /// `divided_by: n`: floor division for two integers, decimal division otherwise.
    ///
    /// - Throws: ``FilterError`` `divided by 0` for a zero divisor.
    static func dividedBy(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let divisor = arguments.number(0)
        if divisor.isZero { throw FilterError("divided by 0") }
        return LiquidNumber.combine(
            input.liquidNumber, divisor,
            integers: { a, b in
                if a == .min && b == -1 { return (0, true) }
                let (q, r) = a.quotientAndRemainder(dividingBy: b)
                return (r != 0 && (r < 0) != (b < 0) ? q - 1 : q, false)
            },
            decimals: { $0 / $1 }, doubles: { $0 / $1 }
        ).value
    }

    /// `modulo: n`: the remainder with the divisor's sign, as Ruby's `%`.
    ///
    /// - Throws: ``FilterError`` `divided by 0` for a zero divisor.
    static func modulo(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let divisor = arguments.number(0)
        if divisor.isZero { throw FilterError("divided by 0") }
        return LiquidNumber.combine(
            input.liquidNumber, divisor,
            integers: { a, b in
                if b == -1 { return (0, false) }
                let r = a % b
                return (r != 0 && (r < 0) != (b < 0) ? r + b : r, false)
            },
            decimals: { a, b in a - b * (a / b).rounded(0, .down) },
            doubles: { a, b in a - b * (a / b).rounded(.down) }
        ).value
    }

    /// `at_least: n`: the larger of the input and `n`.
    static func atLeast(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let (number, bound) = (input.liquidNumber, arguments.number(0))
        return (number.doubleValue < bound.doubleValue ? bound : number).value
    }

    /// `at_most: n`: the smaller of the input and `n`.
    static func atMost(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let (number, bound) = (input.liquidNumber, arguments.number(0))
        return (number.doubleValue > bound.doubleValue ? bound : number).value
    }

    private static func integral(_ number: LiquidNumber, _ rule: FloatingPointRoundingRule) -> Value {
        switch number {
        case .integer(let i): return .int(i)
        case .float(let d):
            let r = d.rounded(rule)
            return Int(exactly: r).map(Value.int) ?? .double(r)
        }
    }
}
