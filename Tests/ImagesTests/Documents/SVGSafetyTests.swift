import Images
import Testing

@Suite struct SVGSafetyTests {
    @Test(arguments: [
        ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path d="M0 0h10v10z" fill="#123"/></svg>"##,
        #"<?xml version="1.0"?><svg><a href="https://example.org/jobs"><text>Jobs</text></a><!-- <script> in a comment --></svg>"#,
        #"<svg><style><![CDATA[ .a { fill: red } ]]></style><g class="a" data-note="online"/></svg>"#,
        #"<svg><image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/></svg>"#,
    ])
    func plainDrawingsPass(svg: String) {
        #expect(SVGSafety.problem(in: svg) == nil)
    }

    @Test(arguments: [
        (#"<svg><script>alert(1)</script></svg>"#, "SVG holds a <script> element"),
        (#"<svg><svg:SCRIPT href="x.js"/></svg>"#, "SVG holds a <svg:SCRIPT> element"),
        (#"<svg><foreignObject><div>hi</div></foreignObject></svg>"#, "SVG holds a <foreignObject> element"),
        (#"<svg onload="alert(1)"></svg>"#, "SVG element <svg> has an event attribute 'onload'"),
        (#"<svg><rect ONCLICK='x()'/></svg>"#, "SVG element <rect> has an event attribute 'ONCLICK'"),
        (#"<svg><a href="javascript:alert(1)"><text>x</text></a></svg>"#, "SVG element <a> has 'href' pointing at a javascript: URL"),
        (#"<svg><a xlink:href=" java&#x73;cript&colon;alert(1)">x</a></svg>"#, "SVG element <a> has 'xlink:href' pointing at a javascript: URL"),
        (#"<svg><a href="JaVa&#09;ScRiPt:x">x</a></svg>"#, "SVG element <a> has 'href' pointing at a javascript: URL"),
        (#"<svg><set attributeName="href" to="javascript:alert(1)"/></svg>"#, "SVG element <set> has 'to' pointing at a javascript: URL"),
        (##"<svg><animate attributeName="href" values="#a;javascript:alert(1)"/></svg>"##, "SVG element <animate> has 'values' pointing at a javascript: URL"),
        (#"<svg><a href="data:text/html,<script>x</script>">x</a></svg>"#, "SVG element <a> has 'href' pointing at a data: URL"),
        (#"<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>"#, "SVG declares an <!ENTITY>"),
        (#"<svg><iframe src="https://x"/></svg>"#, "SVG holds a <iframe> element"),
    ])
    func activeContentIsFound(svg: String, expectedStart: String) {
        let problem = SVGSafety.problem(in: svg)
        #expect(problem?.hasPrefix(expectedStart) == true, "\(problem ?? "nil")")
    }

    @Test func theWholeMessageSaysWhatToDo() {
        #expect(SVGSafety.problem(in: "<svg><script/></svg>") == "SVG holds a <script> element, which can run code in the reader's browser; hint: remove it or export the SVG without interactivity")
    }
}
