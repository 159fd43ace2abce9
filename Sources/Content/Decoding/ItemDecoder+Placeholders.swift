import Diagnostics
import Yams

extension ItemDecoder {
    /// Records an error for every scaffold placeholder a publishable item still holds, in its front-matter
    /// values or its body, so `pathways new` output set to `draft: false` cannot publish empty.
    func checkPlaceholders(_ frontMatter: FrontMatter, file: SourceFile) {
        let advice = "replace it with the item's own text, or keep 'draft: true'"
        if let fields = frontMatter.fields {
            for (key, node) in ItemDecoder.scalars(in: fields, path: "") where ScaffoldPlaceholder.fieldValues.contains(node.string) {
                file.addError("'\(key)' still holds the placeholder '\(node.string)' from 'pathways new'; \(advice)",
                              at: file.location(of: node.mark))
            }
        }
        let body = frontMatter.body
        guard !body.isEmpty else { return }
        var bodyLines: LineTable?
        for prompt in ScaffoldPlaceholder.bodyPrompts {
            // A byte search: Foundation's range(of:) compares with locale rules and showed in build profiles.
            guard let range = body.byteRange(of: prompt) else { continue }
            if bodyLines == nil { bodyLines = LineTable(body) }
            let place = bodyLines!.location(of: range.lowerBound)
            file.addError("the body still holds the prompt '\(prompt)' from 'pathways new'; \(advice)",
                          at: SourceLocation(line: frontMatter.bodyStartLine + place.line - 1, column: place.column))
        }
    }

    /// Every scalar under `node` with its dotted field name (`person`, `salary.currency`, `outcomes[1].unit`).
    private static func scalars(in node: Node, path: String) -> [(String, Node.Scalar)] {
        switch node {
        case .scalar(let scalar):
            return [(path, scalar)]
        case .mapping(let mapping):
            return mapping.flatMap { key, value in
                scalars(in: value, path: path.isEmpty ? (key.string ?? "") : "\(path).\(key.string ?? "")")
            }
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { offset, element in scalars(in: element, path: "\(path)[\(offset + 1)]") }
        case .alias:
            return []
        }
    }
}
