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

    /// The file's text: front matter with every field for `kind`, then a body outline.
    /// - Parameters:
    ///   - today: the date to prefill, `YYYY-MM-DD`.
    ///   - expires: for openings, the closing date to prefill.
    public static func text(kind: Kind, title: String, today: String, expires: String, language: String) -> String {
        let quoted = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        var lines = ["---", "title: \(quoted)", "lang: \(language)", "summary: \"\"", "tags: []", "draft: true", "# translation_key: links translations of one item"]
        switch kind {
        case .story:
            lines += [
                "date: \(today)",
                "# person: \"First name\"",
                "pseudonym: false",
                "# given | pending | withdrawn: only 'given' is ever published",
                "consent: pending",
                "# country: JO            # ISO 3166 code",
                "# freelancing | remote-employment | digital-entrepreneurship | content-creation | cash-for-work | apprenticeship | paid-training",
                "pipeline: freelancing",
                "# image: photo.jpg",
                "# image_alt: \"What the photo shows\"",
            ]
        case .evaluation:
            lines += [
                "date: \(today)",
                "# programme: \"Name of the programme\"",
                "# organisation: \"Who ran it\"",
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
            ]
        case .opening:
            lines += [
                "# organisation: \"Who is hiring\"",
                "posted: \(today)",
                "expires: \(expires)",
                "remote: true",
                "# applicant_countries: [JO, LB]   # ISO 3166 codes",
                "# location: \"Amman, Jordan\"   # when remote is false",
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
                "# apply_url: \"https://example.org/apply\"   # https:, http: or mailto:",
                "# not-required | sponsored | refugee-status-accepted | required",
                "work_permit: not-required",
            ]
        }
        lines += ["---", ""]
        let outline: String
        switch kind {
        case .story: outline = "What was life like before, what changed, and what comes next, in their words.\n"
        case .evaluation: outline = "## What was done\n\n## How it was measured\n\n## Limitations\n"
        case .opening: outline = "## The role\n\n## What you need\n\n## How to apply\n"
        }
        return lines.joined(separator: "\n") + outline
    }
}
