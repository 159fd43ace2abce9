import Images
import Testing

@Suite struct PDFMetadataTests {
    static func pdf(_ body: String) -> [UInt8] {
        Array("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\(body)\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n".utf8)
    }

    @Test func aLiteralAuthorIsFound() {
        let bytes = Self.pdf(#"3 0 obj\n<< /Title (CV) /Author (Amal \(Hassan\) Q\351) /Producer (Writer) >>\nendobj"#.replacingOccurrences(of: "\\n", with: "\n"))
        #expect(PDFMetadata.author(in: bytes) == "Amal (Hassan) Qé")
        #expect(PDFMetadata.warning(for: bytes) == "PDF names its author 'Amal (Hassan) Qé' in its metadata; hint: clear the document properties (File > Properties) before publishing")
    }

    @Test func aUTF16HexAuthorIsFound() {
        // "أمل" in UTF-16BE with its byte order mark.
        let bytes = Self.pdf("3 0 obj\n<< /Author <FEFF06230645 0644> >>\nendobj")
        #expect(PDFMetadata.author(in: bytes) == "أمل")
    }

    @Test func anAuthorByReferenceIsFound() {
        let bytes = Self.pdf("3 0 obj\n<< /Author 7 0 R >>\nendobj\n7 0 obj\n(Yusuf)\nendobj")
        #expect(PDFMetadata.author(in: bytes) == "Yusuf")
    }

    @Test func anXMPCreatorIsFound() {
        let xmp = #"<x:xmpmeta><rdf:RDF><rdf:Description><dc:creator><rdf:Seq><rdf:li>Olena &amp; Co</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"#
        let bytes = Self.pdf("3 0 obj\n<< /Producer (x) >>\nendobj\n4 0 obj\n<< /Type /Metadata /Subtype /XML >>\nstream\n\(xmp)\nendstream\nendobj")
        #expect(PDFMetadata.author(in: bytes) == "Olena & Co")
    }

    @Test func aPDFWithoutAuthorOrWithAnEmptyOneHasNone() {
        #expect(PDFMetadata.author(in: Self.pdf("3 0 obj\n<< /Title (Report) >>\nendobj")) == nil)
        #expect(PDFMetadata.author(in: Self.pdf("3 0 obj\n<< /Author () >>\nendobj")) == nil)
        #expect(PDFMetadata.warning(for: []) == nil)
    }
}
