/// A free page such as About or How to apply, published at the top of the site (`about/`).
public struct FreePage: ContentItem, Hashable, Codable {
    /// Title, slug, language, body, ….
    public var metadata: ItemMetadata
    /// `menu_order` (or its alias `weight`): the page's place in the navigation, lowest first; `nil` keeps it out of the menu order.
    public var menuOrder: Int?

    /// Creates a page.
    public init(metadata: ItemMetadata, menuOrder: Int? = nil) {
        self.metadata = metadata
        self.menuOrder = menuOrder
    }
}
