import Testing
import Liquid

@Suite struct EncodingFiltersTests {
    @Test(arguments: [
        ("escape", Value.string("<p class=\"x\">Tom's & Jerry</p>"), "&lt;p class=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/p&gt;"),
        ("escape", .int(5), "5"),
        ("escape", .nil, ""),
        ("escape_once", "&lt;p&gt;test&lt;/p&gt;<p>test</p>", "&lt;p&gt;test&lt;/p&gt;&lt;p&gt;test&lt;/p&gt;"),
        ("escape_once", "&amp; &#20; & &x &#x20;", "&amp; &#20; &amp; &amp;x &amp;#x20;"),
        ("strip_html", "Have <em>you</em> read <strong>Ulysses</strong> &amp; &#20;?", "Have you read Ulysses &amp; &#20;?"),
        ("strip_html", "<div\nclass='multiline'>test</div>", "test"),
        ("strip_html", "<!-- foo bar \n test -->test", "test"),
        ("strip_html", "a<script type='text/javascript'>document.write('<b>');</script>b", "ab"),
        ("strip_html", "<style type='text/css'>foo bar</style>", ""),
        ("strip_html", "1 < 2 and 3", "1 < 2 and 3"),
        ("url_encode", "email address is bob@example.com!", "email+address+is+bob%40example.com%21"),
        ("url_encode", "é~_.-*", "%C3%A9~_.-%2A"),
        ("url_decode", "email+address+is+bob%40example.com%21", "email address is bob@example.com!"),
        ("url_decode", "%C3%A9 100%", "é 100%"),
        ("base64_encode", "_#/.", "XyMvLg=="),
        ("base64_encode", .int(5), "NQ=="),
        ("base64_encode", "ab", "YWI="),
        ("base64_decode", "XyMvLg==", "_#/."),
        ("base64_url_safe_encode", "???>>>", "Pz8_Pj4-"),
        ("base64_url_safe_decode", "Pz8_Pj4-", "???>>>"),
        ("base64_url_safe_decode", "YWI", "ab"),
        ("base64_decode", .nil, ""),
        ("newline_to_br", "a\nb\r\nc", "a<br />\nb<br />\nc"),
    ] as [(String, Value, String)])
    func renders(name: String, input: Value, expected: String) throws {
        #expect(try render(name, input) == expected)
    }

    @Test(arguments: [("base64_decode", "5"), ("base64_decode", "YWI"), ("base64_decode", "Y=WI"), ("base64_url_safe_decode", "5"), ("url_decode", "%FF")])
    func invalidInputIsAnError(name: String, input: String) {
        #expect(filterError(name, .string(input)) != nil)
    }

    @Test func escapeIsSafeSoAutoescapeDoesNotEscapeTwice() throws {
        #expect(try applyFilter("escape", "<b>").debugShape == #"safeString("&lt;b&gt;")"#)
        #expect(try applyFilter("escape_once", "&lt;").debugShape == #"safeString("&lt;")"#)
    }

    @Test func newlineToBrEscapesItsInputUnderAutoescape() throws {
        let context = FilterContext(autoescape: true)
        #expect(try applyFilter("newline_to_br", "<b>\nx", context: context).debugShape == #"safeString("&lt;b&gt;<br />\nx")"#)
        #expect(try applyFilter("newline_to_br", .safeString("<b>\nx"), context: context).debugShape == #"safeString("<b><br />\nx")"#)
        #expect(try applyFilter("newline_to_br", "<b>\nx").debugShape == #"string("<b><br />\nx")"#)
    }
}
