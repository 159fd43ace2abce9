/// One piece of a template's markup: literal text, an output `{{ ... }}` or a tag `{% ... %}`.
struct MarkupToken: Sendable {
    enum Kind: Sendable { case text, output, tag }

    let kind: Kind
    /// Byte offset of the token's first character (`{` for outputs and tags).
    let start: Int
    /// For text: the text's bytes after whitespace control. For outputs: the expression.
    /// For tags: the markup after the tag's name.
    var content: Range<Int>
    /// The tag's name (`if`, `endfor`, `#`); empty for text and outputs.
    var name: String
    /// Whether the tag or output opened with `{%-`/`{{-`.
    let trimLeft: Bool
    /// Whether the tag or output closed with `-%}`/`-}}`.
    let trimRight: Bool
}
