import Markdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersTables() {
        let html = renderer.render("| Month | Income |\n|---|---:|\n| 1 | 50 |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Month</th>"))
        #expect(html.contains("<td class=\"align-right\">50</td>"))
    }

    @Test func alignsTableCellsWithClassesNotObsoleteAttributes() {
        let html = renderer.render("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n").html
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th class="align-left">a</th>
            <th class="align-center">b</th>
            <th class="align-right">c</th>
            <th>d</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td class="align-left">1</td>
            <td class="align-center">2</td>
            <td class="align-right">3</td>
            <td>4</td>
            </tr>
            </tbody>
            </table>

            """)
        #expect(renderer.render("`<td align=\"right\">` in code").html == "<p><code>&lt;td align=&quot;right&quot;&gt;</code> in code</p>\n")
    }

    @Test func rendersStrikethrough() {
        #expect(renderer.render("~~old~~ new").html == "<p><del>old</del> new</p>\n")
    }

    @Test func linksBareURLs() {
        let rendered = renderer.render("See www.example.org and https://example.com/x.")
        #expect(rendered.html.contains("<a href=\"http://www.example.org\">www.example.org</a>"))
        #expect(rendered.html.contains("<a href=\"https://example.com/x\">https://example.com/x</a>"))
        #expect(rendered.links == ["http://www.example.org", "https://example.com/x"])
    }

    @Test func rendersTaskLists() {
        let html = renderer.render("- [x] CV\n- [ ] portfolio\n").html
        #expect(html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> CV"))
        #expect(html.contains("<input type=\"checkbox\" disabled=\"\" /> portfolio"))
    }

    @Test func tagfilterDefusesDangerousTagsEvenWhenUnsafe() {
        let html = MarkdownRenderer(allowUnsafeHTML: true).render("<script>alert(1)</script>\n").html
        #expect(html == "&lt;script>alert(1)&lt;/script>\n")
    }

    @Test func dropsRawHTMLByDefault() {
        let rendered = renderer.render("Hi <b>there</b>\n\n<div class=\"x\">block</div>\n")
        #expect(rendered.html == "<p>Hi <!-- raw HTML omitted -->there<!-- raw HTML omitted --></p>\n<!-- raw HTML omitted -->\n")
        #expect(rendered.plainText == "Hi there")
        #expect(rendered.droppedHTML == [
            .init(kind: .inline, line: 1, column: 4, snippet: "<b>"),
            .init(kind: .inline, line: 1, column: 12, snippet: "</b>"),
            .init(kind: .block, line: 3, column: 1, snippet: "<div class=\"x\">block</div>"),
        ])
    }

    @Test func reportsWhereEachDroppedRawHTMLWas() {
        let markdown = "# Apply\n\nSend your CV\nto <a href=\"https://example.org\">us</a>.\n\n  <table>\n  <tr><td>x</td></tr>\n  </table>\n"
        #expect(renderer.render(markdown).droppedHTML == [
            .init(kind: .inline, line: 4, column: 4, snippet: "<a href=\"https://example.org\">"),
            .init(kind: .inline, line: 4, column: 36, snippet: "</a>"),
            .init(kind: .block, line: 6, column: 3, snippet: "<table>"),
        ])
        #expect(MarkdownRenderer(allowUnsafeHTML: true).render(markdown).droppedHTML == [])
        // Columns count characters: "أرسل" is 4 characters and 8 bytes.
        #expect(renderer.render("أرسل <b>x</b>\n").droppedHTML.first?.column == 6)
    }

    @Test func passesRawHTMLWhenUnsafeIsAllowed() {
        let html = MarkdownRenderer(allowUnsafeHTML: true).render("Hi <b>there</b>\n").html
        #expect(html == "<p>Hi <b>there</b></p>\n")
    }

    @Test func dropsJavaScriptLinksByDefault() {
        let rendered = renderer.render("[click](javascript:alert(1)) [ok](https://example.org)")
        #expect(rendered.html == "<p><a href=\"\">click</a> <a href=\"https://example.org\">ok</a></p>\n")
        #expect(rendered.links == ["https://example.org"])
        let unsafe = MarkdownRenderer(allowUnsafeHTML: true).render("[click](javascript:alert(1))")
        #expect(unsafe.html.contains("href=\"javascript:alert(1)\""))
        #expect(unsafe.links == ["javascript:alert(1)"])
    }

    @Test func keepsArabicTextAndQuotesAsWritten() {
        let rendered = renderer.render("## العمل الرقمي\n\n\"تدريب\" مهارات -- 'فرصة'\n")
        #expect(rendered.html == "<h2>العمل الرقمي</h2>\n<p>&quot;تدريب&quot; مهارات -- 'فرصة'</p>\n")
        #expect(rendered.plainText == "العمل الرقمي\n\"تدريب\" مهارات -- 'فرصة'")
    }

    @Test func extractsPlainTextLinksAndHeadings() {
        let markdown = """
        # Amal's *story*

        She learned **design** at [the centre](/about/) and
        `M-Pesa` payouts.

        ![A photo](photo.png)

        - one
        - two

        | A | B |
        |---|---|
        | x | y |
        """
        let rendered = renderer.render(markdown)
        #expect(rendered.plainText == "Amal's story\nShe learned design at the centre and M-Pesa payouts.\none\ntwo\nA B\nx y")
        #expect(rendered.links == ["/about/", "photo.png"])
        #expect(rendered.headings == [.init(level: 1, text: "Amal's story")])
    }

    @Test func rendersTheSameFromManyThreadsAtOnce() async {
        let markdown = "~~a~~ | b www.example.org\n\n| x | y |\n|---|---|\n| 1 | 2 |\n"
        let expected = renderer.render(markdown).html
        let renderer = self.renderer
        let results = await withTaskGroup(of: String.self) { group in
            for _ in 0..<400 { group.addTask { renderer.render(markdown).html } }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(Set(results) == [expected])
    }

    @Test func listsImagesWithAltTextAndPlace() {
        let rendered = renderer.render("Intro.\n\nSée ![Amal *at* work](/media/amal.jpg) and ![](x.png)\n")
        #expect(rendered.images == [
            .init(source: "/media/amal.jpg", alt: "Amal at work", line: 3, column: 5),
            .init(source: "x.png", alt: "", line: 3, column: 44),
        ])
    }
}
