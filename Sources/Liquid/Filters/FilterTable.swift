import Foundation

/// A filter: takes the value on its left and its arguments, returns a new value.
/// Throw ``FilterError`` for bad input; the renderer adds the template location.
public typealias FilterFunction = @Sendable (_ input: Value, _ arguments: FilterArguments) throws -> Value

/// A filter that updates its input instead of returning a new value: the same
/// result as its ``FilterFunction``, without copying a uniquely referenced input.
typealias InPlaceFilterFunction = @Sendable (_ value: inout Value, _ arguments: FilterArguments) throws -> Void

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
    /// The moment `'now'` and `'today'` stand for in the date filter; when `nil`,
    /// the date filter reads the system clock (as Shopify Liquid does) each time.
    public var now: Date?
    /// The time zone dates are shown in.
    public var timeZone: TimeZone
    /// Whether output is HTML-escaped by default (the environment's setting wins).
    public var autoescape: Bool
    /// The limits filters build their results within (the environment's ``RenderLimits`` win).
    public var limits: RenderLimits

    public init(now: Date? = nil, timeZone: TimeZone = TimeZone(identifier: "UTC")!, autoescape: Bool = false,
                limits: RenderLimits = RenderLimits()) {
        self.now = now
        self.timeZone = timeZone
        self.autoescape = autoescape
        self.limits = limits
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
        /// The same filter updating its input in place, when the engine provides one.
        var inPlace: InPlaceFilterFunction?
    }

    private var functions: [String: Entry] = [:]
    /// Replaced on every registration.
    private(set) var version = Version()

    /// An empty table.
    public init() {}

    /// The same filters in a table of its own (see ``TemplateEnvironment/withOwnTemplates()``).
    func copy() -> FilterTable {
        var table = FilterTable()
        table.functions = Dictionary(uniqueKeysWithValues: functions.map { ($0.key, $0.value) })
        return table
    }

    /// Adds or replaces the filter `name`.
    public mutating func register(_ name: String, _ function: @escaping FilterFunction) {
        functions[name] = Entry(function: function)
        version = Version()
    }

    /// Adds the engine's own filter `name` with a form that updates its input in place.
    mutating func register(_ name: String, _ function: @escaping FilterFunction, inPlace: @escaping InPlaceFilterFunction) {
        functions[name] = Entry(function: function, inPlace: inPlace)
        version = Version()
    }

    /// The in-place form of `name`; `nil` when it has none or `name` was registered again by the host.
    func inPlace(_ name: String) -> InPlaceFilterFunction? { functions[name]?.inPlace }

    /// The filter called `name`, if any.
    public subscript(name: String) -> FilterFunction? { functions[name]?.function }

    /// Every registered name, sorted (for "did you mean" hints).
    public var names: [String] { functions.keys.sorted() }
}
