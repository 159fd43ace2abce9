/// A file of the site that the build publishes: where it is read and where it goes.
struct MediaFile: Sendable, Hashable, Comparable {
    /// The path from the site root, e.g. `content/media/amal.jpg` or `content/stories/samir/photo.png`.
    var source: String
    /// The output path, e.g. `media/amal.jpg` or `stories/samir/photo.png`.
    var output: String

    static func < (lhs: MediaFile, rhs: MediaFile) -> Bool { lhs.output < rhs.output }
}
