/// Values that are one text (a date, a code, a slug, a tag) are written as that text in a decoded file kept between
/// builds, and read back from it.
extension Encoder {
    /// Writes `text` as the whole value.
    func encodeText(_ text: String) throws {
        var container = singleValueContainer()
        try container.encode(text)
    }
}

extension Decoder {
    /// The text written by ``Swift/Encoder/encodeText(_:)``.
    func decodeText() throws -> String {
        try singleValueContainer().decode(String.self)
    }
}
