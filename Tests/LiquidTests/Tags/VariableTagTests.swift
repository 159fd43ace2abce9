import Testing
import Liquid

/// `assign`, `capture`, `increment`, `decrement`, `echo`.
@Suite struct VariableTagTests {
    @Test(arguments: [
        ("{% assign x = 'a' | upcase %}{{ x }}", "A"),
        ("{% capture c %}{{ 1 }}-{{ 2 }}{% endcapture %}[{{ c }}]", "[1-2]"),
        ("{% increment n %}{% increment n %}{% decrement n %}", "011"),
        ("{% decrement d %}{{ d }}", "-1-1"),
        ("{% assign n = 5 %}{% increment n %}{{ n }}", "05"),
        ("{% echo 'hi' | append: '!' %}", "hi!"),
    ])
    func setsAndPrints(_ source: String, _ expected: String) throws {
        #expect(try renderTemplate(source) == expected)
    }
}
