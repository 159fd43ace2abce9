import Diagnostics

/// Finds outputs that would be written to the same path, so that none silently overwrites another.
enum OutputCollisions {
    /// An error for every output path claimed twice, located at the later claimant's source.
    static func find(pages: [PlannedPage], files: [PlannedFile], copies: [(source: String, path: String)]) -> [Diagnostic] {
        var owners: [String: String] = [:]
        owners.reserveCapacity(pages.count + files.count + copies.count)
        var problems: [Diagnostic] = []
        var claims = pages.map { (path: $0.path, source: $0.sourcePath ?? "the \($0.layout) list") }
        claims += files.map { (path: $0.path, source: "the site's \($0.path)") }
        claims += copies.map { (path: $0.path, source: $0.source) }
        for claim in claims {
            if let first = owners[claim.path] {
                let place = claim.source.hasPrefix("/") || claim.source.hasPrefix("the ") ? first : claim.source
                problems.append(.error("two outputs would be written to '\(claim.path)': from \(first) and from \(claim.source); "
                    + "give one of them another slug or file name", path: place.hasPrefix("the ") ? claim.path : place))
            } else {
                owners[claim.path] = claim.source
            }
        }
        return problems
    }
}
