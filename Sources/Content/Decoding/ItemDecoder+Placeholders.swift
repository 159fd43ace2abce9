import Diagnostics
import Yams

extension ItemDecoder {
    /// Records an error for every scaffold placeholder a publishable item still holds, in its front-matter
    /// values or its body, so `pathways new` output set to `draft: false` cannot publish empty.
    func checkPlaceholders(_ frontMatter: FrontMatter, file: SourceFile) {
        let advice = "replace it with the item's own text, or keep 'draft: true'"
        if let fields = frontMatter.fields {
            ItemDecoder.forEachPlaceholder(in: fields, path: { "" }) { key, node in
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

    /// Calls `found` with each scalar under `node` that holds a placeholder, and its dotted field name (`person`,
    /// `salary.currency`, `outcomes[1].unit`). Names are made only for those: every file of every build goes through this.
    private static func forEachPlaceholder(in node: Node, path: () -> String, _ found: (String, Node.Scalar) -> Void) {
        switch node {
        case .scalar(let scalar):
            if ScaffoldPlaceholder.fieldValues.contains(scalar.string) { found(path(), scalar) }
        case .mapping(let mapping):
            for (key, value) in mapping {
                forEachPlaceholder(in: value, path: {
                    let parent = path()
                    return parent.isEmpty ? (key.string ?? "") : "\(parent).\(key.string ?? "")"
                }, found)
            }
        case .sequence(let sequence):
            for (offset, element) in sequence.enumerated() {
                forEachPlaceholder(in: element, path: { "\(path())[\(offset + 1)]" }, found)
            }
        case .alias:
            return
        }
    }
}
