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

    static let required = "organisation: Amal Tech\nexpires: 2026-11-30\napply_url: https://jobs.example.org/1\n"

    @Test(arguments: [
        ("workplace: hybrid\nlocation: Amman", Workplace.hybrid),
        ("remote: hybrid\nlocation: Amman", .hybrid),
        ("remote: true", .remote),
        ("remote: false\nlocation: Amman", .onSite),
        ("workplace: on-site\nremote: no\nlocation: Amman", .onSite),
    ])
    func readsTheWorkplace(fields: String, workplace: Workplace) throws {
        let content = try SiteFixture([path: "---\ntitle: T\n\(Self.required)\(fields)\n---\n"]).load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.openings.first?.workplace == workplace)
        #expect(content.openings.first?.remote == (workplace == .remote))
    }

    @Test func refusesADisagreeingOrPlacelessWorkplace() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: T\n\(Self.required)workplace: remote\nremote: false\n---\n") == [
            "content/openings/translator.md:7:9: error: 'remote' says on-site but 'workplace' says remote; keep 'workplace' and remove 'remote'",
        ])
        #expect(try SiteFixture.messages(path, "---\ntitle: T\n\(Self.required)workplace: hybrid\n---\n") == [
            "content/openings/translator.md:6:12: error: a hybrid opening needs 'location': where the on-site days are, e.g. 'Amman, Jordan'",
        ])
    }

    @Test func acceptsPhoneAndWhatsAppApplyChannels() throws {
        let content = try SiteFixture([
            "content/openings/a.md": "---\ntitle: A\norganisation: O\nexpires: 2026-11-30\nremote: true\napply_url: tel:+962791234567\n---\n",
            "content/openings/b.md": "---\ntitle: B\norganisation: O\nexpires: 2026-11-30\nremote: true\napply_url: https://wa.me/962791234567\n---\n",
            "content/openings/c.md": "---\ntitle: C\norganisation: O\nexpires: 2026-11-30\nremote: true\napply_url: mailto:jobs@o.example\n---\n",
        ]).load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.openings.map(\.applyChannel) == [
            .phone(PhoneNumber("+962791234567")!), .whatsapp(number: PhoneNumber("+962791234567")), .email(address: "jobs@o.example"),
        ])
    }

    @Test func refusesToPublishWithoutOrganisationOrApplyChannel() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: T\nexpires: 2026-11-30\nremote: true\n---\n") == [
            "content/openings/translator.md:1:1: error: an opening needs 'apply_url' before it is published: a web page, 'mailto:' "
                + "address, 'tel:' number or 'https://wa.me/' WhatsApp link; add it, or keep 'draft: true'",
            "content/openings/translator.md:1:1: error: an opening needs 'organisation' (who is hiring) before it is published; "
                + "add it, or keep 'draft: true'",
        ])
        #expect(try SiteFixture.messages(path, "---\ntitle: T\nexpires: 2026-11-30\nremote: true\ndraft: true\n---\n") == [])
    }

    @Test func refusesToPublishScaffoldPlaceholders() throws {
        let text = """
            ---
            title: T
            organisation: "Who is hiring"
            expires: 2026-11-30
            remote: true
            apply_url: "https://example.org/apply"
            ---
            ## The role

            Describe the work, the hours and the team.
            """
        #expect(try SiteFixture.messages(path, text) == [
            "content/openings/translator.md:3:15: error: 'organisation' still holds the placeholder 'Who is hiring' from 'pathways new'; "
                + "replace it with the item's own text, or keep 'draft: true'",
            "content/openings/translator.md:6:12: error: 'apply_url' still holds the placeholder 'https://example.org/apply' from "
                + "'pathways new'; replace it with the item's own text, or keep 'draft: true'",
            "content/openings/translator.md:10:1: error: the body still holds the prompt 'Describe the work, the hours and the team.' "
                + "from 'pathways new'; replace it with the item's own text, or keep 'draft: true'",
        ])
    }

    @Test("a placeholder inside a nested value is named by its dotted path")
    func namesNestedPlaceholdersByTheirPath() throws {
        let text = """
            ---
            title: T
            organisation: Amal Tech
            expires: 2026-11-30
            remote: true
            apply_url: "https://amal.example/apply"
            params:
              offices:
                - Kyiv
                - "City, Country"
            ---
            Text.
            """
        #expect(try SiteFixture.messages(path, text) == [
            "content/openings/translator.md:10:7: error: 'params.offices[2]' still holds the placeholder 'City, Country' from "
                + "'pathways new'; replace it with the item's own text, or keep 'draft: true'",
        ])
    }

    @Test func refusesMisnamedFieldsWithTheRightName() throws {
        let text = "---\ntitle: T\norganization: Amal\nexpires: 2026-11-30\nremote: true\napply_link: https://a.example/1\n---\n"
        #expect(try SiteFixture.messages(path, text) == [
            "content/openings/translator.md:1:1: error: an opening needs 'apply_url' before it is published: a web page, 'mailto:' "
                + "address, 'tel:' number or 'https://wa.me/' WhatsApp link; add it, or keep 'draft: true'",
            "content/openings/translator.md:1:1: error: an opening needs 'organisation' (who is hiring) before it is published; "
                + "add it, or keep 'draft: true'",
            "content/openings/translator.md:3:1: error: unknown field 'organization'; did you mean 'organisation'?",
            "content/openings/translator.md:6:1: error: unknown field 'apply_link'; did you mean 'apply_url'?",
        ])
    }
}
