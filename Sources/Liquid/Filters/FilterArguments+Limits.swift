/// Checks a filter makes while it builds a result, so a result too large for
/// the render's limits fails before it is built rather than after.
extension FilterArguments {
    /// Throws when a text result of `byteCount` bytes would exceed the output limit.
    public func checkText(bytes byteCount: Int) throws {
        if byteCount > context.limits.maxOutputBytes { throw textTooLong() }
    }

    /// Throws when an array result of `count` items would exceed the loop limit.
    public func checkItems(_ count: Int) throws {
        if count > context.limits.maxLoopIterations { throw tooManyItems() }
    }

    /// The error for a text result past the output limit.
    func textTooLong() -> FilterError {
        FilterError("result would exceed the output limit of \(context.limits.maxOutputBytes) bytes")
    }

    /// The error for an array result past the loop limit.
    func tooManyItems() -> FilterError {
        FilterError("result would have more than \(context.limits.maxLoopIterations) items, the loop limit")
    }
}
