import Foundation

/// A URL from front matter that may go into an `href`: only `https:`, `http:`, `mailto:` and `tel:`.
public struct SafeURL: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The schemes a front-matter URL may use.
    public static let allowedSchemes = ["https", "http", "mailto", "tel"]

    /// The URL as written (surrounding spaces removed).
    public let string: String
    /// The scheme, lowercased: `https`, `http`, `mailto` or `tel`.
    public let scheme: String

    /// Checks `text` is an absolute URL with an allowed scheme: a host for http and https, an address
    /// (`name@domain`) for mailto, a plausible international number for tel.
    /// - Throws: ``InvalidValue`` naming the scheme found, e.g. for `javascript:`.
    public init(_ text: String) throws(InvalidValue) {
        let trimmed = text.trimmed
        let allowed = "https:, http:, mailto: or tel:"
        guard let colon = trimmed.firstIndex(of: ":"),
              let first = trimmed.first, first.isASCII, first.isLetter,
              trimmed[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else {
            throw InvalidValue("'\(text)' is not an absolute URL; expected one starting with \(allowed)")
        }
        let scheme = trimmed[..<colon].lowercased()
        let rest = String(trimmed[trimmed.index(after: colon)...])
        switch scheme {
        case "https", "http":
            guard let url = URL(string: trimmed), let host = url.host, !host.isEmpty else {
                throw InvalidValue("'\(text)' is not a valid \(scheme) URL; expected e.g. 'https://example.org/apply'")
            }
        case "mailto":
            guard !rest.isEmpty else { throw InvalidValue("'\(text)' has no address after 'mailto:'") }
            guard SafeURL.isPlausibleAddress(SafeURL.address(inMailto: rest)) else {
                throw InvalidValue("'\(text)' is not an email address; expected e.g. 'mailto:jobs@example.org'")
            }
        case "tel":
            guard PhoneNumber(rest) != nil else {
                throw InvalidValue("'\(text)' is not a phone number; expected the international form with country code, "
                    + "e.g. 'tel:+962791234567'")
            }
        default:
            throw InvalidValue("URL scheme '\(scheme):' is not allowed; use \(allowed)")
        }
        self.string = trimmed
        self.scheme = scheme
    }

    /// Where the link goes, for the page to say so (and show an email address or number as text).
    public var channel: ApplyChannel {
        let rest = String(string.drop(while: { $0 != ":" }).dropFirst())
        switch scheme {
        case "mailto":
            return .email(address: SafeURL.address(inMailto: rest))
        case "tel":
            return .phone(PhoneNumber(rest) ?? PhoneNumber(digits: ""))
        default:
            if let number = SafeURL.whatsAppNumber(string) { return .whatsapp(number: number) }
            return .web(host: URL(string: string)?.host?.lowercased() ?? "")
        }
    }

    /// The URL text.
    public var description: String { string }

    /// The address of `mailto:` text: up to `?`, percent-decoded.
    static func address(inMailto rest: String) -> String {
        let address = rest.prefix(while: { $0 != "?" })
        return String(address).removingPercentEncoding ?? String(address)
    }

    /// One `@` with text on both sides, a dot in the domain, no spaces or angle brackets.
    static func isPlausibleAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else {
            return false
        }
        return !address.contains(where: { $0.isWhitespace || "<>\"(),;".contains($0) })
    }

    /// The number of a WhatsApp click-to-chat link (`https://wa.me/962791234567`,
    /// `https://api.whatsapp.com/send?phone=962791234567`); `nil` for other URLs, and a link without a number gives `nil` too.
    static func whatsAppNumber(_ string: String) -> PhoneNumber?? {
        guard let components = URLComponents(string: string), let host = components.host?.lowercased() else { return nil }
        switch host {
        case "wa.me", "www.wa.me":
            let path = components.path.split(separator: "/").first.map(String.init) ?? ""
            return .some(path.isEmpty ? nil : PhoneNumber("+" + path))
        case "api.whatsapp.com", "wa.link", "chat.whatsapp.com":
            let phone = components.queryItems?.first(where: { $0.name == "phone" })?.value ?? ""
            return .some(phone.isEmpty ? nil : PhoneNumber("+" + phone.filter(\.isNumber)))
        default:
            return nil
        }
    }
}

/// Where an apply link leads, so a page can say it ("Apply by email: jobs@example.org").
public enum ApplyChannel: Sendable, Hashable {
    /// A web page on `host`.
    case web(host: String)
    /// An email address (from `mailto:`), to show as text.
    case email(address: String)
    /// A phone number (from `tel:`).
    case phone(PhoneNumber)
    /// A WhatsApp chat (`https://wa.me/…`), with its number when the link has one.
    case whatsapp(number: PhoneNumber?)

    /// `web`, `email`, `phone` or `whatsapp`, for templates.
    public var kind: String {
        switch self {
        case .web: return "web"
        case .email: return "email"
        case .phone: return "phone"
        case .whatsapp: return "whatsapp"
        }
    }
}

/// A phone number in international form: `+` and 8 to 15 digits (E.164), written with optional spaces, dots,
/// dashes and parentheses, which are dropped.
public struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// The digits without separators, country code first.
    public let digits: String

    init(digits: String) {
        self.digits = digits
    }

    /// Parses a number; `nil` unless it starts with `+` and has 8–15 digits and only separators besides.
    /// A leading `00` (international prefix) counts as `+`.
    public init?(_ text: String) {
        var rest = Substring(text.trimmed)
        if rest.hasPrefix("+") {
            rest = rest.dropFirst()
        } else if rest.hasPrefix("00") {
            rest = rest.dropFirst(2)
        } else {
            return nil
        }
        var digits = ""
        for character in rest {
            if character.isASCII, character.isNumber {
                digits.append(character)
            } else if !" .-()".contains(character) {
                return nil
            }
        }
        guard (8...15).contains(digits.count), digits.first != "0" else { return nil }
        self.digits = digits
    }

    /// `+962791234567`.
    public var description: String { "+" + digits }
}
