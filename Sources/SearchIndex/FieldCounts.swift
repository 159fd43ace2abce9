/// A number for each of the five fields (title, summary, tags, extra text, body; ``BM25FScorer/fieldCount``), kept
/// inline: a document's analysis holds one for every term it contains, and an array each would be one more heap
/// allocation per term and document.
struct FieldCounts: Sendable, Hashable, ExpressibleByArrayLiteral {
    private var title: Int32 = 0
    private var summary: Int32 = 0
    private var tags: Int32 = 0
    private var extra: Int32 = 0
    private var body: Int32 = 0

    /// Zero in every field.
    init() {}

    /// The numbers of the fields in order; fields left out are zero.
    init(arrayLiteral numbers: Int...) {
        for (field, number) in numbers.enumerated() { self[field] = number }
    }

    /// The number of field `field` (0 to 4).
    subscript(field: Int) -> Int {
        get {
            switch field {
            case 0: Int(title)
            case 1: Int(summary)
            case 2: Int(tags)
            case 3: Int(extra)
            default: Int(body)
            }
        }
        set {
            let value = Int32(clamping: newValue)
            switch field {
            case 0: title = value
            case 1: summary = value
            case 2: tags = value
            case 3: extra = value
            default: body = value
            }
        }
    }
}
