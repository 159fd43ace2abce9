import Foundation

/// A number as Liquid's math filters see it: an integer, or a float that is
/// computed with in decimal so that `10.1 | minus: 2.2` prints `7.9`.
public enum LiquidNumber: Sendable, Equatable {
    case integer(Int)
    case float(Double)

    /// The number as a template value: integers stay integers.
    public var value: Value {
        switch self {
        case .integer(let i): return .int(i)
        case .float(let d): return .double(d)
        }
    }

    /// The number as a `Double`, for comparisons and rounding.
    public var doubleValue: Double {
        switch self {
        case .integer(let i): return Double(i)
        case .float(let d): return d
        }
    }

    /// Whether the number is zero (integer or float).
    public var isZero: Bool { doubleValue == 0 }

    /// The decimal the float's shortest printed form stands for (`0.1`, not
    /// 0.1000000000000000055...), or `nil` for NaN and infinities.
    var decimal: Decimal? {
        switch self {
        case .integer(let i): return Decimal(i)
        case .float(let d):
            guard d.isFinite else { return nil }
            return Decimal(string: "\(d)")
        }
    }

    /// Combines two numbers the way Ruby Liquid does: integer arithmetic when
    /// both are integers (falling back to floats on overflow), otherwise
    /// decimal arithmetic whose result is converted back to a float.
    static func combine(
        _ lhs: LiquidNumber, _ rhs: LiquidNumber,
        integers: (Int, Int) -> (partialValue: Int, overflow: Bool),
        decimals: (Decimal, Decimal) -> Decimal,
        doubles: (Double, Double) -> Double
    ) -> LiquidNumber {
        if case .integer(let a) = lhs, case .integer(let b) = rhs {
            let (result, overflow) = integers(a, b)
            if !overflow { return .integer(result) }
            return .float(doubles(Double(a), Double(b)))
        }
        if let a = lhs.decimal, let b = rhs.decimal {
            return .float(decimals(a, b).liquidDouble)
        }
        return .float(doubles(lhs.doubleValue, rhs.doubleValue))
    }
}

extension Decimal {
    /// The nearest `Double`, read back from the exact decimal text.
    var liquidDouble: Double {
        Double(description) ?? NSDecimalNumber(decimal: self).doubleValue
    }

    /// This decimal rounded to `scale` places with the given mode.
    func rounded(_ scale: Int, _ mode: NSDecimalNumber.RoundingMode) -> Decimal {
        var input = self
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, mode)
        return result
    }
}
