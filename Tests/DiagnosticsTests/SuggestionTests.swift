import Diagnostics
import Testing

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("titel", "title"),
        ("upcasee", "upcase"),
        ("Given", "given"),
        ("rtc", "rct"),
    ])
    func suggestsCloseNames(word: String, expected: String) {
        #expect(Suggestion.closest(to: word, in: ["title", "upcase", "given", "rct", "slug"]) == expected)
    }

    @Test func staysQuietWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "banana", in: ["title", "slug"]) == nil)
        #expect(Suggestion.hint(for: "yes", in: ["given", "pending", "withdrawn"]) == "")
        #expect(Suggestion.hint(for: "pendng", in: ["given", "pending"]) == "; did you mean 'pending'?")
    }
}
