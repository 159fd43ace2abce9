import Foundation
import Liquid

extension ItemValue {
    /// Characters a query value keeps as they are (RFC 3986 unreserved); everything else is percent-encoded.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Properties for readers who pass a page on: `share_url`, a WhatsApp link that needs no script.
    func readerProperty(_ name: String) -> Value? {
        switch name {
        case "share_url": return .string(Self.whatsAppShareURL(title: item.title, url: routes.canonical(item.folder)))
        default: return nil
        }
    }

    /// `https://wa.me/?text=<title and URL, percent-encoded>`: WhatsApp opens with the message ready to send.
    static func whatsAppShareURL(title: String, url: String) -> String {
        let message = title + " " + url
        return "https://wa.me/?text=" + (message.addingPercentEncoding(withAllowedCharacters: unreserved) ?? "")
    }
}
