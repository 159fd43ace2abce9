/// An expression resolved at parse time: a literal, a variable path or a range.
enum Expression: Sendable {
    case literal(Value)
    case variable(VariablePath)
    /// `(start..end)`.
    indirect case range(Expression, Expression)
}

/// A variable and the properties and indexes read from it: `a.b[0][key]`,
/// split once at parse time.
///
/// A class so that evaluating an expression borrows the path (one reference)
/// instead of copying its name, segments and dynamic root.
final class VariablePath: Sendable {
    enum Segment: Sendable {
        case key(String)
        case index(Int)
        case dynamic(Expression)
    }

    /// The name of the variable.
    let root: String
    /// For `[expression]` at the start of a path: the expression naming the variable.
    var dynamicRoot: Expression? { dynamicRootStorage.first }
    /// Empty or one expression: testing an empty array copies nothing, where
    /// testing an optional `Expression` copies the whole enum on every render.
    private let dynamicRootStorage: [Expression]
    let segments: [Segment]
    /// Byte offset, for "undefined variable" errors.
    let start: Int

    init(root: String, dynamicRoot: Expression? = nil, segments: [Segment], start: Int) {
        self.root = root
        self.dynamicRootStorage = dynamicRoot.map { [$0] } ?? []
        self.segments = segments
        self.start = start
    }

    /// `a.b[0]` as written, for messages.
    var described: String {
        var text = root
        for segment in segments {
            switch segment {
            case .key(let k): text += ".\(k)"
            case .index(let i): text += "[\(i)]"
            case .dynamic: text += "[...]"
            }
        }
        return text
    }
}

/// One filter in a chain: `| name: positional, key: value`.
///
/// A class so that applying a filter borrows the call (one reference) instead
/// of copying its name, arguments and function.
final class FilterCall: Sendable {
    let name: String
    let positional: [Expression]
    let keyword: [(String, Expression)]
    /// Byte offset of the filter's name.
    let start: Int
    /// The function found at parse time, and the version of the table it came from.
    let resolved: (function: FilterFunction, version: FilterTable.Version)?
    /// The positional arguments when all are literals, so a render need not rebuild them.
    let constantPositional: [Value]?

    /// A call of `name`, resolved against `filters` when given.
    init(name: String, positional: [Expression], keyword: [(String, Expression)], start: Int, filters: FilterTable?) {
        self.name = name
        self.positional = positional
        self.keyword = keyword
        self.start = start
        if let filters, let function = filters[name] {
            resolved = (function, filters.version)
        } else {
            resolved = nil
        }
        constantPositional = positional.constantValues
    }
}

/// An expression followed by filters, as in `{{ x | upcase }}` and `assign`.
struct FilteredExpression: Sendable {
    let expression: Expression
    let filters: [FilterCall]
}

/// A condition of `if`, `unless` and `elsif`.
indirect enum Condition: Sendable {
    enum Operator: String, Sendable {
        case equal = "==", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">=", contains
    }
    /// The words joining comparisons.
    enum Connective: Sendable { case and, or }
    case value(Expression)
    case comparison(Operator, Expression, Expression, start: Int)
    /// `a and b or c`: a flat list (never nested, so a long chain costs no stack),
    /// grouped from the right as in Liquid: `a and (b or c)`.
    case chain(Condition, [(Connective, Condition)])
}

extension Array where Element == Expression {
    /// The values of these expressions when every one is a literal, else `nil`.
    var constantValues: [Value]? {
        var values: [Value] = []
        values.reserveCapacity(count)
        for expression in self {
            guard case .literal(let value) = expression else { return nil }
            values.append(value)
        }
        return values
    }
}
