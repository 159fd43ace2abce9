/// Orders terms by their Unicode scalar values, the order the client's plain `<` on strings
/// would give for the BMP and that keeps all terms sharing a prefix together.
enum TermOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }

    /// The longest common prefix of two terms, in scalars.
    static func commonPrefix(_ a: String, _ b: String) -> String {
        var out = String.UnicodeScalarView()
        for (x, y) in zip(a.unicodeScalars, b.unicodeScalars) {
            guard x == y else { break }
            out.append(x)
        }
        return String(out)
    }
}
