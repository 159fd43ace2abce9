/// One node of a parsed template.
enum Node: Sendable {
    /// Literal text, copied to the output.
    case text(String)
    /// `{{ expression | filters }}`.
    case output(FilteredExpression, start: Int)
    /// A tag; each tag's node type lives in its own file under `Tags/`.
    case tag(TagBox)
}

/// A parsed tag behind one reference, so that a ``Node`` is as small as its
/// text and walking a body copies each tag with one reference count, where an
/// inline tag (an `if` holds two arrays) would be copied field by field.
final class TagBox: Sendable {
    let tag: any TagNode

    init(_ tag: any TagNode) {
        self.tag = tag
    }
}

/// A parsed tag that knows how to render itself.
protocol TagNode: Sendable {
    /// Appends the tag's output to the context's buffer.
    func render(_ context: RenderContext) throws(TemplateError)
    /// Whether the tag prints nothing (assignments, comments, blocks made only
    /// of such tags), so whitespace around it in a block can be dropped, as in Liquid.
    var isBlank: Bool { get }
}

extension TagNode {
    var isBlank: Bool { false }
}

extension Node {
    /// Whether the node prints nothing but whitespace.
    var isBlank: Bool {
        switch self {
        case .text(let t): return t.utf8.allSatisfy(isSpace)
        case .output: return false
        case .tag(let box): return box.tag.isBlank
        }
    }
}

extension Array where Element == Node {
    /// Whether every node prints nothing but whitespace.
    var isBlank: Bool { allSatisfy(\.isBlank) }

    /// The nodes without their text, for blocks that are blank as a whole.
    var withoutText: [Node] {
        filter { if case .text = $0 { return false } else { return true } }
    }
}
