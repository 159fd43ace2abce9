import Content
import Testing

@Suite struct OpeningDecodingTests {
    let path = "content/openings/translator.md"

    @Test func decodesAnOpening() throws {
        let content = try SiteFixture([path: """
            ---
            title: Arabic–English translator
            organisation: Amal Tech
            posted: 2026-10-01
            expires: 2026-11-30
            remote: true
            applicant_countries: [JO, lb, UG]
            employment_type: freelance
            pipeline: remote-employment
            languages: [ar, en]
            devices: [laptop]
            salary: {min: 300, max: 900, currency: USD, period: month}
            apply_url: https://jobs.example.org/apply/1
            work_permit: not-required
            ---
            """]).load()
        #expect(content.diagnostics.map(\.description) == [])
        let opening = try #require(content.openings.first)
        #expect(opening.applicantCountries.map(\.code) == ["JO", "LB", "UG"])
        #expect(opening.languages.map(\.code) == ["ar", "en"])
        #expect(opening.devices == [.laptop])
        #expect(opening.salary == .init(min: 300, max: 900, currency: "USD", period: .month))
        #expect(opening.applyURL?.string == "https://jobs.example.org/apply/1")
        #expect(opening.workPermit == .notRequired)
        #expect(try opening.isExpired(on: ContentDate("2026-12-01")))
        #expect(try !opening.isExpired(on: ContentDate("2026-11-30")))
    }

    @Test func reportsCrossFieldProblems() throws {
        let messages = try SiteFixture.messages(path, """
            ---
            title: Translator
            organisation: Amal Tech
            posted: 2026-10-01
            expires: 2026-09-01
            remote: false
            devices: [tablet]
            salary: {min: 900, max: 300, currency: USD}
            apply_url: javascript:alert(1)
            ---
            """)
        #expect(messages == [
            "content/openings/translator.md:5:10: error: 'expires' (2026-09-01) is before 'posted' (2026-10-01)",
            "content/openings/translator.md:6:9: warning: an on-site opening ('remote' is not true) should say where: add 'location'",
            "content/openings/translator.md:7:11: error: unknown device 'tablet'; expected one of smartphone, laptop",
            "content/openings/translator.md:8:15: error: salary 'min' (900) is greater than 'max' (300)",
            "content/openings/translator.md:9:12: error: URL scheme 'javascript:' is not allowed; use https:, http:, mailto: or tel:",
        ])
    }

    @Test func requiresExpires() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: Translator\norganisation: Amal Tech\nremote: true\napply_url: mailto:jobs@amal.example\n---\n") == [
            "content/openings/translator.md:1:1: error: missing required field 'expires'",
        ])
    }
}
