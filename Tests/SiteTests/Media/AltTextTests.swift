import Testing
@testable import Site

@Suite struct AltTextTests {
    @Test(arguments: ["", "  ", "IMG_2041.jpg", "photo.png", "DSC0001.JPEG"])
    func refusesMissingOrFileNameAltText(_ alt: String) {
        #expect(AltText.problem(alt, source: "/media/a.jpg") != nil)
    }

    @Test(arguments: ["Amal at her desk", "A map of Irbid.", "decorative"])
    func acceptsDescriptions(_ alt: String) {
        #expect(AltText.problem(alt, source: "/media/a.jpg") == nil)
    }

    @Test func decorativeImagesHaveAnEmptyAltAttribute() {
        #expect(AltText.attribute("decorative") == "")
        #expect(AltText.attribute("Decorative ") == "")
        #expect(AltText.attribute("A decorative border") == "A decorative border")
    }
}
