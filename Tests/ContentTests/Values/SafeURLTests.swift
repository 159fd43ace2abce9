@testable import Content
import Testing

@Suite struct SafeURLTests {
    @Test(arguments: ["https://jobs.example.org/apply/1", "http://example.org", "mailto:jobs@example.org", "HTTPS://EXAMPLE.ORG"])
    func acceptsAllowedSchemes(text: String) throws {
        #expect(try SafeURL(text).string == text)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "URL scheme 'javascript:' is not allowed; use https:, http: or mailto:"),
        ("data:text/html,x", "URL scheme 'data:' is not allowed; use https:, http: or mailto:"),
        ("/apply", "'/apply' is not an absolute URL; expected one starting with https:, http: or mailto:"),
        ("https://", "'https://' is not a valid https URL; expected e.g. 'https://example.org/apply'"),
    ])
    func rejectsOthers(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try SafeURL(text) }
    }
}
