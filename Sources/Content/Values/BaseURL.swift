/// The absolute `http:` or `https:` URL a site is published at, always ending in `/`.
///
/// The one home of the rule: site.yml's `base_url` and `--base-url` both go through it.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The URL, ending in `/`.
    public let string: String

    /// Checks `text` is an http or https URL with a host; adds the final `/` when missing.
    /// - Throws: ``InvalidValue`` saying what was found and what is expected.
    public init(_ text: String) throws(InvalidValue) {
        guard let url = try? SafeURL(text), url.scheme == "https" || url.scheme == "http",
              !url.string.contains("?"), !url.string.contains("#") else {
            throw InvalidValue("the base URL must be an http or https URL such as 'https://example.org/', found '\(text)'")
        }
        string = url.string.hasSuffix("/") ? url.string : url.string + "/"
    }

    /// The URL text.
    public var description: String { string }
}
