/// The filters that mark text as safe HTML, so autoescape leaves it alone.
enum SafeFilters {
    /// `safe` and `raw`: the input's text, marked safe.
    static func markSafe(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        switch input {
        case .safeString: return input
        case .nil: return .safeString("")
        default: return .safeString(input.renderedText)
        }
    }

    /// Adds `safe` and `raw` to `table`.
    static func register(in table: inout FilterTable) {
        table.register("safe", markSafe)
        table.register("raw", markSafe)
    }
}
