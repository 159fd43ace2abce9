import Content
import Foundation
import Testing
@testable import Site

@Suite struct JobPostingJSONLDTests {
    func opening(_ extra: String) -> Opening {
        let site = MemorySite(["content/openings/tutor.md": MemorySite.opening("Tutor", posted: "2026-10-01", expires: "2026-12-31", extra: extra)])
        guard case .opening(let opening) = site.publish().items[0].detail else { fatalError("not an opening") }
        return opening
    }

    @Test func carriesTheFactsGoogleReads() throws {
        let block = JobPostingJSONLD.scriptBlock(opening("employment_type: part-time\nsalary: {min: 300, max: 400, currency: USD, period: month}\n"),
                                                  descriptionHTML: "<p>Teach & help</p>", url: "https://example.org/openings/tutor/")
        #expect(block.hasPrefix("<script type=\"application/ld+json\">"))
        let json = String(block.dropFirst("<script type=\"application/ld+json\">".count).dropLast("</script>".count))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "JobPosting")
        #expect(object["description"] as? String == "<p>Teach & help</p>")
        #expect(object["employmentType"] as? String == "PART_TIME")
        #expect(object["jobLocationType"] as? String == "TELECOMMUTE")
        #expect(object["validThrough"] as? String == "2026-12-31T23:59:59Z")
        #expect((object["hiringOrganization"] as? [String: Any])?["name"] as? String == "Org")
        let salary = try #require(object["baseSalary"] as? [String: Any])
        #expect(salary["currency"] as? String == "USD")
        #expect(!json.contains("</"), "no closing tag may appear inside the script element")
    }
}
