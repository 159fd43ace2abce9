import Liquid
/// One entry of a feed, independent of its format.
public struct FeedEntry: Sendable {
    /// Absolute URL of the item's page; also its id.
    public var url: String
    public var title: String
    public var summary: String
    /// The item's body as HTML; `nil` leaves it out (tag feeds carry summaries only).
    public var contentHTML: String?
    /// Publication date, `YYYY-MM-DD`.
    public var date: String
    public var language: String
    public var tags: [String]

    public init(url: String, title: String, summary: String, contentHTML: String?, date: String, language: String, tags: [String]) {
        self.url = url
        self.title = title
        self.summary = summary
        self.contentHTML = contentHTML
        self.date = date
        self.language = language
        self.tags = tags
    }
}

/// What a feed is about and where it lives.
public struct FeedChannel: Sendable {
    public var title: String
    /// Absolute URL of the feed file itself.
    public var feedURL: String
    /// Absolute URL of the HTML page the feed follows.
    public var pageURL: String
    public var language: String
    /// The date of the newest entry, or the build date when empty (`YYYY-MM-DD`).
    public var updated: String

    public init(title: String, feedURL: String, pageURL: String, language: String, updated: String) {
        self.title = title
        self.feedURL = feedURL
        self.pageURL = pageURL
        self.language = language
        self.updated = updated
    }
}

/// Writes feeds in Atom (RFC 4287) and JSON Feed 1.1.
public enum FeedWriter {
    /// An Atom document for `entries`, in the order given.
    public static func atom(_ channel: FeedChannel, entries: [FeedEntry]) -> String {
        let e = HTMLEscaping.escape
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(e(channel.language))\">\n"
        out += "<title>\(e(channel.title))</title>\n"
        out += "<id>\(e(channel.feedURL))</id>\n"
        out += "<link rel=\"self\" href=\"\(e(channel.feedURL))\"/>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(channel.pageURL))\"/>\n"
        out += "<updated>\(timestamp(channel.updated))</updated>\n"
        for entry in entries {
            out += "<entry xml:lang=\"\(e(entry.language))\">\n"
            out += "<title>\(e(entry.title))</title>\n"
            out += "<id>\(e(entry.url))</id>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(entry.url))\"/>\n"
            out += "<published>\(timestamp(entry.date))</published>\n"
            out += "<updated>\(timestamp(entry.date))</updated>\n"
            out += "<author><name>\(e(channel.title))</name></author>\n"
            for tag in entry.tags { out += "<category term=\"\(e(tag))\"/>\n" }
            if !entry.summary.isEmpty { out += "<summary>\(e(entry.summary))</summary>\n" }
            if let content = entry.contentHTML { out += "<content type=\"html\">\(e(content))</content>\n" }
            out += "</entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// A JSON Feed 1.1 document for `entries`, in the order given.
    public static func jsonFeed(_ channel: FeedChannel, entries: [FeedEntry]) -> String {
        let items: [JSONText] = entries.map { entry in
            .object([
                "id": .string(entry.url),
                "url": .string(entry.url),
                "title": .string(entry.title),
                "content_html": .string(entry.contentHTML ?? entry.summary),
                "summary": entry.summary.isEmpty ? nil : .string(entry.summary),
                "date_published": .string(timestamp(entry.date)),
                "language": .string(entry.language),
                "tags": entry.tags.isEmpty ? nil : .array(entry.tags.map(JSONText.string)),
            ])
        }
        let feed: JSONText = .object([
            "version": .string("https://jsonfeed.org/version/1.1"),
            "title": .string(channel.title),
            "home_page_url": .string(channel.pageURL),
            "feed_url": .string(channel.feedURL),
            "language": .string(channel.language),
            "items": .array(items),
        ])
        return feed.serialized() + "\n"
    }

    /// `YYYY-MM-DD` as an RFC 3339 timestamp at midnight UTC.
    static func timestamp(_ day: String) -> String { day + "T00:00:00Z" }
}
