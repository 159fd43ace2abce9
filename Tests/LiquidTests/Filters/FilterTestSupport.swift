import Foundation
import Liquid

/// Calls the standard filter `name` directly, without the template engine.
func applyFilter(
    _ name: String, _ input: Value, _ positional: [Value] = [], keyword: [String: Value] = [:],
    context: FilterContext = FilterContext()
) throws -> Value {
    guard let filter = FilterTable.standard[name] else { throw FilterError("no standard filter '\(name)'") }
    return try filter(input, FilterArguments(filterName: name, positional: positional, keyword: keyword, context: context))
}

/// What `{{ input | name: positional }}` prints.
func render(_ name: String, _ input: Value, _ positional: [Value] = [], keyword: [String: Value] = [:]) throws -> String {
    try applyFilter(name, input, positional, keyword: keyword).renderedText
}

/// The message of the error the filter throws, or `nil` when it succeeds.
func filterError(_ name: String, _ input: Value, _ positional: [Value] = [], keyword: [String: Value] = [:]) -> String? {
    do {
        _ = try applyFilter(name, input, positional, keyword: keyword)
        return nil
    } catch let error as FilterError {
        return error.message
    } catch {
        return "\(error)"
    }
}

extension Value {
    /// The case name and content, to check types (`int(12)` versus `double(12.0)`).
    var debugShape: String { String(describing: self) }
}
