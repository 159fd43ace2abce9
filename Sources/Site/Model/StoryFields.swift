import Content
import Liquid

/// A story's template fields.
enum StoryFields {
    static func item(_ story: Story, names: CodeNames, routes: Routes) -> PublishedItem {
        var item = PublishedItem(metadata: story.metadata, date: story.date.text)
        let language = item.language
        var fields: [String: Value] = [
            "person": story.person.map(Value.string) ?? .nil,
            "pseudonym": .bool(story.pseudonym),
            "country": story.country.map { names.country($0.code, language: language) } ?? .nil,
            "pipeline": story.pipeline.map { names.value("pipeline", $0.rawValue, language: language) } ?? .nil,
            "image_alt": story.imageAlt.map(Value.string) ?? .nil,
        ]
        if let image = story.image {
            fields["image"] = .string(imageURL(image, itemFolder: item.folder, routes: routes))
        } else {
            fields["image"] = .nil
        }
        item.fields = fields
        return item
    }

    /// A story image's URL: absolute URLs stay, `/media/x.jpg` is under the site root, else beside the page.
    static func imageURL(_ image: String, itemFolder: String, routes: Routes) -> String {
        if image.contains("://") { return image }
        if image.hasPrefix("/") { return routes.url(String(image.dropFirst())) }
        if image.hasPrefix("media/") { return routes.url(image) }
        return routes.url(itemFolder + image)
    }
}
