import Foundation

/// BM25F over the document's fields: weighted, length-normalised term frequency, saturated by k1.
///
/// A term's score in a document is `idf × saturation`; the index stores `idf` once per term and
/// the saturation (0 to 1) quantised to one byte per posting, so the client only multiplies and adds.
struct BM25FScorer: Sendable {
    /// Field order used everywhere: title, summary, tags, extra text, body.
    static let fieldCount = 5

    let boosts: [Double]
    let k1: Double
    let b: Double
    let averageLengths: [Double]

    init(options: SearchIndexOptions, averageLengths: [Double]) {
        boosts = [options.titleBoost, options.summaryBoost, options.tagBoost, options.extraBoost, options.bodyBoost]
        k1 = options.k1
        b = options.b
        self.averageLengths = averageLengths
    }

    /// Inverse document frequency, never negative.
    static func idf(documentFrequency df: Int, documents n: Int) -> Double {
        log(1 + (Double(n - df) + 0.5) / (Double(df) + 0.5))
    }

    /// The saturated weighted frequency, in [0, 1).
    func saturation(frequencies: FieldCounts, lengths: FieldCounts) -> Double {
        var weighted = 0.0
        for field in 0..<Self.fieldCount where frequencies[field] > 0 {
            let average = averageLengths[field] > 0 ? averageLengths[field] : 1
            let norm = (1 - b) + b * Double(lengths[field]) / average
            weighted += boosts[field] * Double(frequencies[field]) / norm
        }
        return weighted / (k1 + weighted)
    }

    /// The saturation as stored: 1...255 (0 would read as "absent").
    static func quantised(_ saturation: Double) -> Int {
        min(255, max(1, Int((saturation * 255).rounded())))
    }
}
