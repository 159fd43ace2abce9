import Content
import Testing

@Suite struct StoryDecodingTests {
    let path = "content/stories/amal.md"

    @Test func decodesAStory() throws {
        let content = try SiteFixture([path: """
            ---
            title: "Amal translates from home"
            date: 2026-04-15
            person: Amal
            pseudonym: true
            consent: given
            country: Jordan
            pipeline: freelancing
            tags: ["#WelcomeTalent", translation, welcometalent]
            lang: ar
            ---
            نص القصة
            """]).load()
        #expect(content.diagnostics.map(\.description) == [])
        let story = try #require(content.stories.first)
        #expect(story.slug.rawValue == "amal")
        #expect(story.date.text == "2026-04-15")
        #expect(story.country?.code == "JO")
        #expect(story.pipeline == .freelancing)
        #expect(story.pseudonym)
        #expect(story.isPublishable)
        #expect(story.tags.map(\.name) == ["welcometalent", "translation"])
        #expect(story.lang.isRightToLeft)
        #expect(story.metadata.body == "نص القصة")
        #expect(story.metadata.bodyStartLine == 12)
    }

    @Test func reportsEveryProblemAtItsField() throws {
        let messages = try SiteFixture.messages(path, """
            ---
            title: Amal
            date: 15 April
            consent: yes
            pipeline: freelance
            image: /media/amal.jpg
            ---
            """)
        #expect(messages == [
            "content/stories/amal.md:3:7: error: 'date' must be a date (YYYY-MM-DD), found '15 April'",
            "content/stories/amal.md:4:10: error: unknown consent 'yes'; expected one of given, pending, withdrawn",
            "content/stories/amal.md:5:11: error: unknown pipeline 'freelance'; expected one of freelancing, remote-employment, "
                + "digital-entrepreneurship, content-creation, cash-for-work, apprenticeship, paid-training; did you mean 'freelancing'?",
            "content/stories/amal.md:6:8: error: 'image_alt' is required when 'image' is given; describe the picture for screen readers",
            "content/stories/amal.md:6:8: error: image '/media/amal.jpg' not found; expected a file under content/media, e.g. '/media/photo.jpg'",
        ])
    }

    @Test func reportsMissingRequiredFieldsAtTheOpeningLine() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: Amal\ndate: 2026-01-01\n---\n") == [
            "content/stories/amal.md:1:1: error: missing required field 'consent'",
        ])
    }

    @Test func loadsStoriesWithoutConsentButMarksThemUnpublishable() throws {
        let content = try SiteFixture([path: "---\ntitle: Amal\ndate: 2026-01-01\nconsent: pending\n---\n"]).load()
        #expect(content.diagnostics.isEmpty)
        #expect(content.stories.map(\.isPublishable) == [false])
    }

    @Test func resolvesBundleImages() throws {
        let content = try SiteFixture([
            "content/stories/samir/index.md": "---\ntitle: Samir\ndate: 2026-01-01\nconsent: given\nimage: photo.png\nimage_alt: A bike\n---\n",
            "content/stories/samir/photo.png": "png",
        ]).load()
        #expect(content.diagnostics.isEmpty)
        let story = try #require(content.stories.first)
        #expect(story.slug.rawValue == "samir")
        #expect(story.metadata.bundleFolder == "content/stories/samir")
        #expect(story.metadata.bundleFiles == ["content/stories/samir/photo.png"])
        #expect(story.image == "photo.png")
    }

    @Test func refusesToPublishAScaffoldedStorysPrompt() throws {
        let text = "---\ntitle: T\ndate: 2026-04-15\nconsent: given\nperson: \"First name\"\n---\n\n"
            + ScaffoldPlaceholder.body(for: .story)
        #expect(try SiteFixture.messages(path, text) == [
            "content/stories/amal.md:5:9: error: 'person' still holds the placeholder 'First name' from 'pathways new'; "
                + "replace it with the item's own text, or keep 'draft: true'",
            "content/stories/amal.md:8:1: error: the body still holds the prompt 'What was life like before, what changed, and what "
                + "comes next, in their words.' from 'pathways new'; replace it with the item's own text, or keep 'draft: true'",
        ])
        // Without consent the story is never published, so its prompt is no error.
        #expect(try SiteFixture.messages(path, text.replacingOccurrences(of: "consent: given", with: "consent: pending")) == [])
    }
}
