import Foundation

/// The rule for the words that describe a body image: every image says what it shows, or says it is decorative.
enum AltText {
    /// The alt text that marks an image as decoration (`![decorative](border.png)` → `alt=""`).
    static let decorative = "decorative"

    /// What the image's `alt` attribute holds: empty for a decorative image, else the text as written.
    static func attribute(_ written: String) -> String {
        written.trimmingCharacters(in: .whitespaces).lowercased() == decorative ? "" : written
    }

    /// Why `written` does not describe the image `source`, or nil when it does.
    static func problem(_ written: String, source: String) -> String? {
        let text = written.trimmingCharacters(in: .whitespaces)
        let hint = "hint: say what the picture shows, e.g. ![Amal at her desk](\(source)), or write ![\(decorative)](\(source)) "
            + "when it only decorates the page"
        if text.isEmpty { return "image '\(source)' has no alt text; \(hint)" }
        if looksLikeFileName(text) { return "image '\(source)' has the file name '\(text)' as its alt text; \(hint)" }
        return nil
    }

    /// `IMG_2041.jpg`, `photo.png`, `DSC0001.JPEG`: a name with an image extension and no spaces.
    static func looksLikeFileName(_ text: String) -> Bool {
        guard !text.contains(" "), let dot = text.lastIndex(of: "."), dot != text.startIndex else { return false }
        let ext = text[text.index(after: dot)...].lowercased()
        return ["jpg", "jpeg", "jpe", "png", "gif", "webp", "heic", "heif", "avif", "tif", "tiff", "bmp", "svg"].contains(ext)
    }
}
