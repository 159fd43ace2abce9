/// The markup shown over served pages while the last rebuild has failed.
enum ErrorOverlay {
    /// The overlay element's id, which the reload script styles.
    static let elementID = "__pathways-build-errors"

    /// The overlay for these diagnostics, every line escaped for HTML.
    static func markup(diagnostics: [String]) -> String {
        let lines = diagnostics.map(escapeHTML).joined(separator: "\n")
        return "<div id=\"\(elementID)\" role=\"alert\" lang=\"en\" dir=\"ltr\">"
            + "<p><strong>Build failed.</strong> This is the last good site; fix the error and save again.</p>"
            + "<pre>\(lines)</pre></div>"
    }

    /// Escapes the five characters that matter in HTML text and attributes.
    static func escapeHTML(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
