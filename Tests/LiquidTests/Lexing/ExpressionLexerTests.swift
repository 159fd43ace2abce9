import Testing
@testable import Liquid

@Suite struct ExpressionLexerTests {
    private func kinds(_ text: String) throws -> [ExpressionToken.Kind] {
        let source = SourceFile(name: "t", text: text)
        return try ExpressionLexer.tokenize(source, 0..<source.bytes.count).map(\.kind)
    }

    @Test(arguments: [
        ("a.b[0]", [ExpressionToken.Kind.identifier, .dot, .identifier, .leftBracket, .integer, .rightBracket, .end]),
        ("(1..-5)", [.leftParen, .integer, .dotDot, .integer, .rightParen, .end]),
        ("x >= 1.5 and y != 'a'", [.identifier, .comparison, .float, .identifier, .identifier, .comparison, .string, .end]),
        ("foo-bar? | f: 1, k: \"v\"", [.identifier, .pipe, .identifier, .colon, .integer, .comma, .identifier, .colon, .string, .end]),
        ("a <> b", [.identifier, .comparison, .identifier, .end]),
    ])
    func tokenizes(_ text: String, _ expected: [ExpressionToken.Kind]) throws {
        #expect(try kinds(text) == expected)
    }

    @Test func identifiersKeepHyphensAndTrailingQuestionMark() throws {
        let source = SourceFile(name: "t", text: "f-oo? bar")
        let tokens = try ExpressionLexer.tokenize(source, 0..<source.bytes.count)
        #expect(tokens.map(\.text) == ["f-oo?", "bar", ""])
    }

    @Test func arithmeticIsRejectedWithAHint() {
        #expect(throws: TemplateError(templateName: "t", line: 1, column: 3,
                                      message: "unexpected '+'; Liquid has no arithmetic operators (use a math filter such as 'plus' or 'times')")) {
            try kinds("1 + 2")
        }
    }
}
