/// Sizes past which a content file is refused before it is parsed, so one
/// bad file cannot exhaust the machine building the site.
public enum ContentLimits {
    /// The largest content file or site.yml, in bytes: 4 MiB. A 50 MB body took 1.47 GB to build;
    /// a long story is well under 100 KB.
    public static let maximumFileBytes = 4 * 1024 * 1024

    /// `file is 5.2 MB; a content file may be at most 4 MB …`, or `nil` when `text` is within the limit.
    static func sizeProblem(_ text: String) -> String? {
        let bytes = text.utf8.count
        guard bytes > maximumFileBytes else { return nil }
        let megabytes = Double(bytes) / 1_048_576
        let shown = (megabytes * 10).rounded(.up) / 10  // rounded up, so a file just over the limit never reads "4.0 MB"
        return "file is \(shown) MB; a content file may be at most \(maximumFileBytes / 1_048_576) MB. "
            + "Split it, or move large data and pictures to content/media"
    }
}
