@testable import Content
import Testing

@Suite struct SafeURLTests {
    @Test(arguments: ["https://jobs.example.org/apply/1", "http://example.org", "mailto:jobs@example.org", "HTTPS://EXAMPLE.ORG"])
    func acceptsAllowedSchemes(text: String) throws {
        #expect(try SafeURL(text).string == text)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "URL scheme 'javascript:' is not allowed; use https:, http:, mailto: or tel:"),
        ("data:text/html,x", "URL scheme 'data:' is not allowed; use https:, http:, mailto: or tel:"),
        ("/apply", "'/apply' is not an absolute URL; expected one starting with https:, http:, mailto: or tel:"),
        ("https://", "'https://' is not a valid https URL; expected e.g. 'https://example.org/apply'"),
    ])
    func rejectsOthers(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try SafeURL(text) }
    }

    @Test(arguments: [
        ("https://jobs.example.org/apply/1", ApplyChannel.web(host: "jobs.example.org")),
        ("mailto:jobs%40example.org?subject=Tutor", .email(address: "jobs@example.org")),
        ("tel:+962 79 123 4567", .phone(PhoneNumber("+962791234567")!)),
        ("https://wa.me/962791234567?text=Hello", .whatsapp(number: PhoneNumber("+962791234567"))),
        ("https://api.whatsapp.com/send?phone=962791234567", .whatsapp(number: PhoneNumber("+962791234567"))),
        ("https://wa.me/", .whatsapp(number: nil)),
    ])
    func saysWhereALinkGoes(text: String, channel: ApplyChannel) throws {
        #expect(try SafeURL(text).channel == channel)
    }

    @Test(arguments: [
        ("tel:0791234567", "'tel:0791234567' is not a phone number; expected the international form with country code, e.g. 'tel:+962791234567'"),
        ("tel:+12", "'tel:+12' is not a phone number; expected the international form with country code, e.g. 'tel:+962791234567'"),
        ("tel:+962-79-CALL-NOW", "'tel:+962-79-CALL-NOW' is not a phone number; expected the international form with country code, e.g. 'tel:+962791234567'"),
        ("mailto:jobs", "'mailto:jobs' is not an email address; expected e.g. 'mailto:jobs@example.org'"),
    ])
    func rejectsImplausibleNumbersAndAddresses(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try SafeURL(text) }
    }

    @Test func phoneNumbersPrintInE164() {
        #expect(PhoneNumber("00 962 (79) 123-4567")?.description == "+962791234567")
        #expect(PhoneNumber("+1234567890123456") == nil)
    }
}
