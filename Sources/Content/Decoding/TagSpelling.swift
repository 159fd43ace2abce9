import Diagnostics

/// Finds one tag spelt two ways across the site (`welcome-talent` beside `welcometalent`, `welcometallent`)
/// when site.yml declares no tag vocabulary.
enum TagSpelling {
    /// A warning at each first use, in a file, of a tag that looks like a variant of a more used one.
    /// The more used spelling wins; on a tie, the one first in sort order.
    /// - Complexity: O(t²) in the number of distinct tags.
    static func warnings(_ files: [DecodedFile]) -> [Diagnostic] {
        var uses: [Tag: Int] = [:]
        for file in files where file.item != nil {
            for tag in file.tagLocations.keys { uses[tag, default: 0] += 1 }
        }
        let ranked = uses.keys.sorted { (uses[$0]!, $1.name) > (uses[$1]!, $0.name) }
        var variantOf: [Tag: Tag] = [:]
        for (position, tag) in ranked.enumerated() where position > 0 {
            if let preferred = TagVocabulary.nearDuplicate(of: tag, in: Array(ranked[..<position])) { variantOf[tag] = preferred }
        }
        guard !variantOf.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for file in files where file.item != nil {
            for (tag, location) in file.tagLocations {
                guard let preferred = variantOf[tag] else { continue }
                let count = uses[preferred]!
                diagnostics.append(Diagnostic(severity: .warning, path: file.entry.path, at: location,
                    message: "tag '\(tag)' looks like '\(preferred)' (used in \(count) file\(count == 1 ? "" : "s")); "
                        + "use one spelling, or declare the site's tags under 'tags:' in content/site.yml"))
            }
        }
        return diagnostics
    }
}
