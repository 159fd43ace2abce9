import Testing
import SearchIndex

@Suite struct PlainTextTests {
    @Test func tagsGoAndTextStays() {
        #expect(SearchIndexBuilder.plainText(fromHTML: "<h2>Work</h2><p>Remote <em>design</em>&nbsp;jobs</p>") == "Work Remote design jobs")
    }

    @Test func scriptsAndStylesAreDropped() {
        #expect(SearchIndexBuilder.plainText(fromHTML: "a<script>var x = '<p>';</script>b<style>p{}</style>c") == "a b c")
    }

    @Test func characterReferencesAreDecoded() {
        #expect(SearchIndexBuilder.plainText(fromHTML: "Tom &amp; Jerry &#1593;&#x645;&#1604; &lt;3") == "Tom & Jerry عمل <3")
    }
}
