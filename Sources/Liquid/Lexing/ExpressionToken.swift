/// One token of an expression inside `{{ }}` or a tag's markup.
struct ExpressionToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier, string, integer, float
        case dot, dotDot, leftBracket, rightBracket, leftParen, rightParen
        case pipe, colon, comma, equals, comparison
        case end
    }

    let kind: Kind
    /// The token's text (a string literal without its quotes).
    let text: String
    /// Byte offset in the template.
    let start: Int

    /// How the token reads in an error message.
    var described: String {
        switch kind {
        case .end: return "end of expression"
        case .string: return "'\"\(text)\"'"
        default: return "'\(text)'"
        }
    }
}
