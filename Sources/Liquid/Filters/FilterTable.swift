import Foundation

/// A filter: takes the value on its left and its arguments, returns a new value.
/// Throw ``FilterError`` for bad input; the renderer adds the template location.
public typealias FilterFunction = @Sendable (_ input: Value, _ arguments: FilterArguments) throws -> Value

/// The arguments of one filter call, with the coercions filters share.
public struct FilterArguments: Sendable {
    /// The filter's name, for error messages.
    public let filterName: String
    /// Arguments in the order written: `| slice: 1, 2`.
    public let positional: [Value]
    /// Keyword arguments: `| default: 'x', allow_false: true`.
    public let keyword: [String: Value]
    /// Settings of the environment the template is rendered in.
    public let context: FilterContext

    public init(filterName: String, positional: [Value] = [], keyword: [String: Value] = [:], context: FilterContext = FilterContext()) {
        self.filterName = filterName
        self.positional = positional
        self.keyword = keyword
        self.context = context
    }
}

/// What a filter may know about the environment it runs in.
public struct FilterContext: Sendable {
    /// The moment `'now'` and `'today'` stand for in the date filter.
    public var now: Date
    /// The time zone dates are shown in.
    public var timeZone: TimeZone
    /// Whether output is HTML-escaped by default.
    public var autoescape: Bool

    public init(now: Date = Date(timeIntervalSince1970: 0), timeZone: TimeZone = TimeZone(identifier: "UTC")!, autoescape: Bool = false) {
        self.now = now
        self.timeZone = timeZone
        self.autoescape = autoescape
    }
}

/// A filter's complaint about its input or arguments.
public struct FilterError: Error, Sendable, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The filters an environment knows, by name.
public struct FilterTable: Sendable {
    /// Stands for one version of a table: templates keep the functions they
    /// found at parse time only while the table they render with is that version.
    final class Version: Sendable {}

    /// A function in a struct: a dictionary of bare closures would store them
    /// reabstracted, and every call would then pass through two conversion thunks.
    private struct Entry: Sendable {
        let function: FilterFunction
    }

    private var functions: [String: Entry] = [:]
    /// Replaced on every registration.
    private(set) var version = Version()

    /// An empty table.
    public init() {}

    /// Adds or replaces the filter `name`.
    public mutating func register(_ name: String, _ function: @escaping FilterFunction) {
        functions[name] = Entry(function: function)
        version = Version()
    }

    /// The filter called `name`, if any.
    public subscript(name: String) -> FilterFunction? { functions[name]?.function }

    /// Every registered name, sorted (for "did you mean" hints).
    public var names: [String] { functions.keys.sorted() }
}
