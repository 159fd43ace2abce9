import Diagnostics

/// Finds one tag spelt two ways across the site (`welcome-talent` beside `welcometalent`, `welcometallent`)
/// when site.yml declares no tag vocabulary.
enum TagSpelling {
    /// A warning at each first use, in a file, of a tag that looks like a variant of a more used one. On a tie the
    /// counts cannot tell which spelling is meant, so each use of both is pointed out, each naming the other.
    /// - Complexity: O(t²) in the number of distinct tags.
    static func warnings(_ files: [DecodedFile]) -> [Diagnostic] {
        var uses: [Tag: Int] = [:]
        for file in files where file.item != nil {
            for tag in file.tagLocations.keys { uses[tag, default: 0] += 1 }
        }
        let ranked = uses.keys.sorted { (uses[$0]!, $1.name) > (uses[$1]!, $0.name) }
        var variantOf: [Tag: Tag] = [:]
        for (position, tag) in ranked.enumerated() where position > 0 {
            guard let preferred = TagVocabulary.nearDuplicate(of: tag, in: Array(ranked[..<position])) else { continue }
            variantOf[tag] = preferred
            if uses[preferred] == uses[tag], variantOf[preferred] == nil { variantOf[preferred] = tag }
        }
        guard !variantOf.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for file in files where file.item != nil {
            for (tag, location) in file.tagLocations {
                guard let other = variantOf[tag] else { continue }
                let count = uses[other]!
                let files = "\(count) file\(count == 1 ? "" : "s")"
                let likeness = count == uses[tag] ? "looks like '\(other)', used as often (in \(files))" : "looks like '\(other)' (used in \(files))"
                diagnostics.append(Diagnostic(severity: .warning, path: file.entry.path, at: location,
                    message: "tag '\(tag)' \(likeness); use one spelling, or declare the site's tags under 'tags:' in content/site.yml"))
            }
        }
        return diagnostics
    }
}
