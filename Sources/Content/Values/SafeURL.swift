import Foundation

/// A URL from front matter that may go into an `href`: only `https:`, `http:` and `mailto:`.
public struct SafeURL: Sendable, Hashable, CustomStringConvertible {
    /// The schemes a front-matter URL may use.
    public static let allowedSchemes = ["https", "http", "mailto"]

    /// The URL as written (surrounding spaces removed).
    public let string: String
    /// The scheme, lowercased: `https`, `http` or `mailto`.
    public let scheme: String

    /// Checks `text` is an absolute URL with an allowed scheme (and a host, for http and https).
    /// - Throws: ``InvalidValue`` naming the scheme found, e.g. for `javascript:`.
    public init(_ text: String) throws(InvalidValue) {
        let trimmed = text.trimmed
        let allowed = "https:, http: or mailto:"
        guard let colon = trimmed.firstIndex(of: ":"),
              let first = trimmed.first, first.isASCII, first.isLetter,
              trimmed[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else {
            throw InvalidValue("'\(text)' is not an absolute URL; expected one starting with \(allowed)")
        }
        let scheme = trimmed[..<colon].lowercased()
        guard SafeURL.allowedSchemes.contains(scheme) else {
            throw InvalidValue("URL scheme '\(scheme):' is not allowed; use \(allowed)")
        }
        if scheme != "mailto" {
            guard let url = URL(string: trimmed), let host = url.host, !host.isEmpty else {
                throw InvalidValue("'\(text)' is not a valid \(scheme) URL; expected e.g. 'https://example.org/apply'")
            }
        } else if trimmed.count <= "mailto:".count {
            throw InvalidValue("'\(text)' has no address after 'mailto:'")
        }
        self.string = trimmed
        self.scheme = scheme
    }

    /// The URL text.
    public var description: String { string }
}
