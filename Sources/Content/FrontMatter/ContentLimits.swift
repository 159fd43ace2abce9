/// Sizes past which a content file is refused before it is parsed, so one
/// bad file cannot exhaust the machine building the site.
public enum ContentLimits {
    /// The largest content file or site.yml, in bytes: 4 MiB. A 50 MB body took 1.47 GB to build;
    /// a long story is well under 100 KB.
    public static let maximumFileBytes = 4 * 1024 * 1024

    /// `file is 5.2 MB; a content file may be at most 4 MB …`, or `nil` when `text` is within the limit.
    static func sizeProblem(_ text: String) -> String? {
        sizeProblem(bytes: text.utf8.count)
    }

    /// The same for a file of `bytes` bytes, checked before it is read into text; `limit` defaults to ``maximumFileBytes``.
    static func sizeProblem(bytes: Int, limit: Int = maximumFileBytes) -> String? {
        guard bytes > limit else { return nil }
        let megabytes = Double(bytes) / 1_048_576
        let shown = (megabytes * 10).rounded(.up) / 10  // rounded up, so a file just over the limit never reads "4.0 MB"
        let allowed = limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(limit) bytes"
        let size = bytes >= 1_048_576 ? "\(shown) MB" : "\(bytes) bytes"
        return "file is \(size); a content file may be at most \(allowed). "
            + "Split it, or move large data and pictures to content/media"
    }
}
