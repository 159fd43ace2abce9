import Testing
@testable import Site

@Suite struct ItemValueSharingTests {
    @Test func shareURLPercentEncodesTheMessage() {
        #expect(ItemValue.whatsAppShareURL(title: "Café & co?", url: "https://example.org/a/") ==
                "https://wa.me/?text=Caf%C3%A9%20%26%20co%3F%20https%3A%2F%2Fexample.org%2Fa%2F")
        #expect(ItemValue.whatsAppShareURL(title: "مرحبا", url: "https://e.org/") == "https://wa.me/?text=%D9%85%D8%B1%D8%AD%D8%A8%D8%A7%20https%3A%2F%2Fe.org%2F")
    }
}
