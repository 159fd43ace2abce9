import Content
import Foundation

/// Writes a new content file with every field of its kind, ready to fill in.
public enum ItemScaffold {
    /// The kinds `pathways new` can create.
    public enum Kind: String, CaseIterable, Sendable {
        case story, evaluation, opening

        /// The content folder the kind lives in.
        public var folder: String { rawValue == "story" ? "stories" : rawValue + "s" }
    }

    /// A slug made from `title`: lowercase ASCII letters and digits joined by
    /// hyphens; `fallback` when the title has none (an Arabic title, say).
    public static func slug(for title: String, fallback: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in title.lowercased().applyingTransform(.stripDiacritics, reverse: false)?.unicodeScalars ?? title.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? fallback : String(slug.prefix(80))
    }

    /// The file's text for a language given as text; `language` must be a valid code (check it with
    /// `LanguageCode(_:)`, which `pathways new --lang` should do to report a bad value), else it is written quoted
    /// so it cannot add lines to the front matter, and the loader reports it.
    public static func text(kind: Kind, title: String, today: String, expires: String, language: String) -> String {
        if let code = try? LanguageCode(language) {
            return text(kind: kind, title: title, today: today, expires: expires, language: code)
        }
        return text(kind: kind, title: title, today: today, expires: expires, languageField: quoted(language))
    }

    /// The file's text: front matter with every field for `kind`, then a body outline whose prompts
    /// (``ScaffoldPlaceholder``) the loader refuses to publish.
    /// - Parameters:
    ///   - today: the date to prefill, `YYYY-MM-DD`.
    ///   - expires: for openings, the closing date to prefill.
    public static func text(kind: Kind, title: String, today: String, expires: String, language: LanguageCode) -> String {
        text(kind: kind, title: title, today: today, expires: expires, languageField: language.code)
    }

    /// `text` as a YAML double-quoted scalar: backslashes, quotes and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.properties.generalCategory == .control || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func text(kind: Kind, title: String, today: String, expires: String, languageField: String) -> String {
        var lines = ["---", "title: \(quoted(title))", "lang: \(languageField)", "summary: \"\"", "tags: []", "draft: true", "# translation_key: links translations of one item"]
        switch kind {
        case .story:
            lines += [
                "date: \(today)",
                "# person: \"\(ScaffoldPlaceholder.person)\"",
                "pseudonym: false",
                "# given | pending | withdrawn: only 'given' is ever published",
                "consent: pending",
                "# country: JO            # ISO 3166 code",
                "# freelancing | remote-employment | digital-entrepreneurship | content-creation | cash-for-work | apprenticeship | paid-training",
                "pipeline: freelancing",
                "# image: photo.jpg",
                "# image_alt: \"\(ScaffoldPlaceholder.imageAlt)\"",
            ]
        case .evaluation:
            lines += [
                "date: \(today)",
                "# programme: \"\(ScaffoldPlaceholder.programme)\"",
                "# organisation: \"\(ScaffoldPlaceholder.evaluationOrganisation)\"",
                "# country: JO",
                "period:",
                "  start: \(today)",
                "  end: \(today)",
                "intervention: paid-training",
                "# rct | quasi-experimental | pre-post | qualitative | mixed",
                "method: pre-post",
                "# sample_size: 120",
                "cost_per_participant:",
                "  amount: 0",
                "  currency: USD",
                "outcomes:",
                "  - indicator: \"Employed after 6 months\"",
                "    unit: \"%\"",
                "    baseline: 0",
                "    endline: 0",
                "    target: 0",
                "    # with method rct or quasi-experimental only:",
                "    # comparison: {baseline: 0, endline: 0}          # the group that did not take part",
                "    # effect: {estimate: 0, ci_low: 0, ci_high: 0}   # as the study reports it",
            ]
        case .opening:
            lines += [
                "organisation: \"\(ScaffoldPlaceholder.openingOrganisation)\"",
                "posted: \(today)",
                "expires: \(expires)",
                "# remote | hybrid | on-site; hybrid and on-site need a location",
                "workplace: remote",
                "# applicant_countries: [JO, LB]   # ISO 3166 codes",
                "# location: \"\(ScaffoldPlaceholder.location)\"",
                "# full-time | part-time | contract | freelance | internship | apprenticeship | temporary | cash-for-work",
                "employment_type: full-time",
                "pipeline: remote-employment",
                "languages: [en]",
                "devices: [smartphone]",
                "# salary:",
                "#   min: 300",
                "#   max: 450",
                "#   currency: USD",
                "#   period: month",
                "# a web page, mailto:jobs@example.org, tel:+962791234567 or https://wa.me/962791234567",
                "apply_url: \"\(ScaffoldPlaceholder.applyURL)\"",
                "# not-required | sponsored | refugee-status-accepted | required",
                "work_permit: not-required",
            ]
        }
        lines += ["---", ""]
        let outline: String
        switch kind {
        case .story: outline = ScaffoldPlaceholder.body(for: .story)
        case .evaluation: outline = ScaffoldPlaceholder.body(for: .evaluation)
        case .opening: outline = ScaffoldPlaceholder.body(for: .opening)
        }
        return lines.joined(separator: "\n") + outline
    }

    /// Writes a new item's file at `content/<kind>/<slug>.md` under `siteRoot`, through `fileSystem`; never replaces a file.
    /// - Returns: the file's path relative to the site root.
    /// - Throws: ``ScaffoldError`` when the file exists or cannot be written.
    public static func create(kind: Kind, title: String, slug: String, today: String, expires: String, language: LanguageCode,
                              siteRoot: String, fileSystem: inout some FileSystem) throws(ScaffoldError) -> String {
        let path = "content/\(kind.folder)/\(slug).md"
        let text = ItemScaffold.text(kind: kind, title: title, today: today, expires: expires, language: language)
        do {
            try fileSystem.createNewFile(at: joinPath(siteRoot, path), bytes: Array(text.utf8))
        } catch {
            if error.message == "already exists" {
                throw ScaffoldError(message: "\(path) already exists; choose another title")
            }
            throw ScaffoldError(message: "cannot write \(path): \(error.message)")
        }
        return path
    }
}

/// Why `pathways new` could not write its file.
public struct ScaffoldError: Error, Sendable, CustomStringConvertible {
    /// What went wrong and what to do.
    public let message: String
    public var description: String { message }
}
