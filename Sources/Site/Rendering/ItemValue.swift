import Liquid

/// An item seen from a template: properties resolve on demand, so a list of
/// thousands of items is never turned into dictionaries up front.
struct ItemValue: LiquidObject {
    let item: PublishedItem
    let routes: Routes

    func liquidProperty(_ name: String) -> Value? {
        switch name {
        case "kind": return .string(item.kind.rawValue)
        case "title": return .string(item.title)
        case "slug": return .string(item.slug)
        case "url": return .string(routes.url(item.folder))
        case "canonical": return .string(routes.canonical(item.folder))
        case "lang": return .string(item.language)
        case "dir": return .string(item.isRightToLeft ? "rtl" : "ltr")
        case "summary": return .string(item.summary)
        case "date": return item.date.isEmpty ? .nil : .string(item.date)
        case "tags": return .array(item.tags.map { TagLinks.value(for: $0, count: nil, routes: routes) })
        case "content": return .safeString(item.html)
        case "closed": return .bool(item.closed)
        case "json_ld": return item.jsonLD.map(Value.safeString) ?? .nil
        case "translation_key": return item.translationKey.map(Value.string) ?? .nil
        default: return item.fields[name]
        }
    }

    var liquidDescription: String { item.title }
}

/// Tag names, folders and the `{name, url, count}` values templates see.
enum TagLinks {
    /// The output folder of a tag's page: `tags/remote/`.
    static func folder(for tag: String) -> String { "tags/\(tag)/" }

    static func value(for tag: String, count: Int?, routes: Routes) -> Value {
        var entry: LiquidHash = ["name": .string(tag), "url": .string(routes.url(folder(for: tag)))]
        if let count { entry["count"] = .int(count) }
        return .dictionary(entry)
    }
}
