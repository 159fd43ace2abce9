/// A parsed template, ready to render any number of times from any thread.
public struct Template: Sendable {
    /// The name the template was parsed or loaded under.
    public let name: String
    let source: SourceFile
    let nodes: [Node]
    /// The parent named by `{% extends %}`, if any.
    let parent: Expression?
    /// Byte offset of the `extends` tag.
    let parentPosition: Int
    /// Every `{% block %}` in the template, by name.
    let blocks: [String: BlockDefinition]
}

/// One `{% block name %}` as written in one template.
struct BlockDefinition: Sendable {
    let name: String
    let body: [Node]
    let source: SourceFile
    let readsSuper: Bool
}
