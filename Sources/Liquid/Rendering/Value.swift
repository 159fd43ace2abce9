import Foundation

/// A value a template can read, print, compare and pass through filters.
///
/// Values come from Swift (the data a template is rendered with), from literals
/// in the template, and from filters. Objects adopting ``LiquidObject`` are
/// resolved lazily, property by property, so a site can hand over thousands of
/// pages without converting them to dictionaries first.
public enum Value: Sendable {
    /// An undefined variable or an explicit `nil`/`null`.
    case `nil`
    case bool(Bool)
    case int(Int)
    case double(Double)
    /// Text that is escaped on output when autoescape is on.
    case string(String)
    /// Text already safe to emit as HTML (a rendered Markdown body, the `safe` filter).
    case safeString(String)
    case array([Value])
    /// A hash, walked in insertion order.
    case dictionary(LiquidHash)
    case date(Date)
    /// An inclusive integer range such as `(1..5)`.
    case range(Int, Int)
    /// A lazily-resolved object supplied by the host application.
    case object(any LiquidObject)
    /// The `empty` literal: equal to an empty string, array or hash.
    case empty
    /// The `blank` literal: equal to nil, false, whitespace-only text and empty collections.
    case blank
}

/// An object from the host application whose properties a template can read.
///
/// Adopt it for page and collection types so that templates resolve only the
/// properties they use. Objects are classes: a value holding one is then two
/// words, copied with one reference count, where a struct of any size would
/// make every ``Value`` as large as its inline buffer and copy it through a box.
public protocol LiquidObject: AnyObject, Sendable {
    /// The value of the property `name`, or `nil` when the object has no such property.
    func liquidProperty(_ name: String) -> Value?
    /// The text printed by `{{ object }}`; empty by default.
    var liquidDescription: String { get }
    /// A name for this object that no other object of the same data shares, or `nil` (the default).
    /// An object with an identity promises that its properties read the same for as long as a
    /// ``RenderMemo`` lives, so `render` calls taking it can be kept and reused.
    var liquidIdentity: String? { get }
}

extension LiquidObject {
    public var liquidDescription: String { "" }
    public var liquidIdentity: String? { nil }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: Value...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .dictionary(LiquidHash(elements))
    }
    public init(nilLiteral: ()) { self = .nil }
}
