import Testing
import Liquid

/// `cycle`, `tablerow`, `ifchanged`, `raw`, comments, `doc` and `liquid`.
@Suite struct OutputTagTests {
    @Test(arguments: [
        ("{% for i in (1..4) %}{% cycle 'a', 'b', 'c' %}{% endfor %}", "abca"),
        ("{% cycle 'g': 'a', 'b' %}{% cycle 'h': 'a', 'b' %}{% cycle 'g': 'a', 'b' %}", "aab"),
        ("{% for i in list %}{% ifchanged %}{{ i }}{% endifchanged %}{% endfor %}", "123"),
        ("{% raw %}{{ not parsed }}{% endraw %}", "{{ not parsed }}"),
        ("a{% comment %}{% if %}{% endcomment %}b{% # note %}c", "abc"),
        ("a{% doc %}{{ unclosed {% enddoc %}b", "ab"),
        ("{% liquid\n assign x = 2\n if x > 1\n echo 'big'\n endif\n # a comment\n%}", "big"),
    ])
    func renders(_ source: String, _ expected: String) throws {
        #expect(try renderTemplate(source, ["list": [1, 1, 2, 2, 3]]) == expected)
    }

    @Test func tablerowBuildsRowsAndCells() throws {
        let out = try renderTemplate("{% tablerow x in (1..3) cols: 2 %}{{ x }}{{ tablerowloop.col_last }}{% endtablerow %}")
        #expect(out == "<tr class=\"row1\">\n<td class=\"col1\">1false</td><td class=\"col2\">2true</td></tr>\n<tr class=\"row2\"><td class=\"col1\">3false</td></tr>\n")
    }

    @Test func liquidTagCannotCloseOuterBlocks() {
        #expect(!errorMessages("{% if true %}\n{% liquid endif %}").isEmpty)
    }
}
