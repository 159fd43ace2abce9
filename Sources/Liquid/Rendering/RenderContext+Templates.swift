extension RenderContext {
    /// Renders a whole template, following its `extends` chain.
    func renderTemplate(_ template: Template) throws(TemplateError) {
        guard template.parent != nil else {
            try render(template.nodes)
            return
        }
        var chain: [Template] = [template]
        var current = template
        while let parent = current.parent {
            source = current.source
            position = current.parentPosition
            try enter()
            let nameValue = try evaluate(parent)
            guard let name = nameValue.stringValue else {
                throw error("'extends' needs a template name, got \(nameValue.typeName)")
            }
            current = try load(name)
            chain.append(current)
        }
        for member in chain {
            for (name, definition) in member.blocks {
                blockChain[name, default: []].append(definition)
            }
        }
        source = current.source
        try render(current.nodes)
    }

    /// Renders the definition of block `name` at `level` of the inheritance chain (0 = most derived).
    func renderBlock(_ name: String, level: Int, fallback: BlockDefinition) throws(TemplateError) {
        let chain = blockChain[name] ?? [fallback]
        let definition = level < chain.count ? chain[level] : fallback
        let savedSource = source
        var pushed = 0
        if definition.readsSuper {
            let parentText: String
            if level + 1 < chain.count {
                var saved = ""
                swap(&saved, &output)
                defer { swap(&saved, &output) }
                try renderBlock(name, level: level + 1, fallback: fallback)
                parentText = output
            } else {
                parentText = ""
            }
            pushLocal("block", .object(BlockDrop(name: name, superText: parentText)))
            pushed = 1
        }
        source = definition.source
        defer {
            source = savedSource
            popLocals(pushed)
        }
        try render(definition.body)
    }
}

/// The `block` variable inside a `{% block %}`: `block.super` is the parent's rendering.
final class BlockDrop: LiquidObject {
    let name: String
    let superText: String

    init(name: String, superText: String) {
        self.name = name
        self.superText = superText
    }

    func liquidProperty(_ property: String) -> Value? {
        switch property {
        case "super": return .safeString(superText)
        case "name": return .string(name)
        default: return nil
        }
    }
}
