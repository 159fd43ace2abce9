import Testing
@testable import Liquid

@Suite struct MarkupLexerTests {
    private func lex(_ text: String) -> (kinds: [String], errors: [String]) {
        var lexer = MarkupLexer(source: SourceFile(name: "t", text: text))
        lexer.run()
        let kinds = lexer.tokens.map { token -> String in
            switch token.kind {
            case .text: return "text(\(lexer.source.text(token.content)))"
            case .output: return "output(\(lexer.source.text(token.content)))"
            case .tag: return "tag(\(token.name))"
            }
        }
        return (kinds, lexer.errors.map(\.description))
    }

    @Test func splitsTextOutputAndTags() {
        #expect(lex("a{{ x }}b{% if y %}c{% endif %}").kinds
            == ["text(a)", "output( x )", "text(b)", "tag(if)", "text(c)", "tag(endif)"])
    }

    @Test func whitespaceControlTrimsNeighbouringText() {
        #expect(lex("a  \n{{- x -}}\n  b").kinds == ["text(a)", "output( x )", "text(b)"])
    }

    @Test func rawBodyIsOneTextToken() {
        #expect(lex("{% raw %}{{ x }}{% if %}{% endraw %}").kinds == ["tag(raw)", "text({{ x }}{% if %})", "tag(endraw)"])
    }

    @Test func inlineCommentTagIsNamedHash() {
        #expect(lex("{% # note %}").kinds == ["tag(#)"])
    }

    @Test func unterminatedOutputIsReportedAtItsStart() {
        #expect(lex("ab\n  {{ x").errors == ["t:2:3: error: unterminated '{{' (opened at line 2); expected '}}'"])
    }
}
