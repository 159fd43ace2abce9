import Foundation

/// Reads who a PDF says wrote it, so publishing one that names a person can be warned about.
public enum PDFMetadata {
    /// The author a PDF names: `/Author` in its Info dictionary (direct or by reference) or `dc:creator`
    /// in its XMP packet; nil when neither is present or both are empty.
    ///
    /// Reads the file's uncompressed parts only: an Info dictionary packed inside a compressed object
    /// stream, or an encrypted file, is not seen.
    /// - Complexity: linear in the size of the file.
    public static func author(in pdf: [UInt8]) -> String? {
        var scanner = PDFByteScanner(bytes: pdf)
        for start in scanner.occurrences(of: "/Author") {
            scanner.position = start + "/Author".utf8.count
            if let text = scanner.stringValue(), !text.isEmpty { return text }
        }
        if let creator = xmpCreator(in: pdf), !creator.isEmpty { return creator }
        return nil
    }

    /// A warning sentence for `path:1:1: warning: ...` when the PDF names an author, else nil.
    public static func warning(for pdf: [UInt8]) -> String? {
        guard let author = author(in: pdf) else { return nil }
        return "PDF names its author '\(author)' in its metadata; hint: clear the document properties (File > Properties) before publishing"
    }

    /// The first `rdf:li` inside `dc:creator`, with XML's basic entities decoded.
    private static func xmpCreator(in pdf: [UInt8]) -> String? {
        let scanner = PDFByteScanner(bytes: pdf)
        guard let open = scanner.occurrences(of: "<dc:creator").first,
              let close = scanner.occurrences(of: "</dc:creator>", from: open).first else { return nil }
        let inside = String(decoding: pdf[open..<close], as: UTF8.self)
        guard let item = inside.range(of: "<rdf:li"), let itemEnd = inside[item.upperBound...].firstIndex(of: ">"),
              let itemClose = inside.range(of: "</rdf:li>", range: itemEnd..<inside.endIndex) else { return nil }
        let raw = inside[inside.index(after: itemEnd)..<itemClose.lowerBound]
        return SVGSafety.decodeEntities(String(raw)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
