#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A document's analysis as bytes, so that it can be kept outside the process from one build to the next
/// (``DocumentAnalysisMemo/init(stored:store:)``).
///
/// A record starts with its *key*: every field of the document and every option, so a record is used only for a
/// document and options equal to those it was made from, compared byte for byte. The analysis follows: each term with
/// its counts per field, the field lengths and the display entry. Numbers are LEB128 varints, texts their UTF-8 bytes
/// framed by their length.
enum AnalysisRecord {
    /// The key of `document` analysed with `options`: what a record made from them starts with.
    static func key(of document: SearchDocument, options: SearchIndexOptions) -> [UInt8] {
        var writer = RecordWriter()
        writer.add(document, options: options)
        return writer.bytes
    }

    /// The record of `analysis`, made from `document` with `options`.
    static func encode(_ analysis: IndexedCorpus.Analysis, of document: SearchDocument, options: SearchIndexOptions) -> [UInt8] {
        var writer = RecordWriter()
        writer.add(document, options: options)
        writer.add(analysis.counts.count)
        for (term, counts) in analysis.counts {
            writer.add(term)
            writer.add(counts)
        }
        writer.add(analysis.fieldLengths)
        writer.add(analysis.display)
        return writer.bytes
    }

    /// The analysis `record` holds when it starts with `key`; `nil` for another document or a record that cannot be read.
    static func analysis(in record: UnsafeRawBufferPointer, key: [UInt8]) -> IndexedCorpus.Analysis? {
        guard record.count >= key.count, let start = record.baseAddress,
              key.withUnsafeBytes({ memcmp($0.baseAddress!, start, key.count) == 0 }) else { return nil }
        var reader = RecordReader(record, from: key.count)
        guard let termCount = reader.count() else { return nil }
        var analysis = IndexedCorpus.Analysis()
        analysis.counts.reserveCapacity(termCount)
        for _ in 0..<termCount {
            guard let term = reader.text(), let counts = reader.fieldCounts() else { return nil }
            analysis.counts.append((term: term, counts: counts))
        }
        guard let lengths = reader.fieldCounts(), let display = reader.text(), reader.atEnd else { return nil }
        analysis.fieldLengths = lengths
        analysis.display = display
        return analysis
    }
}

/// Appends numbers and texts to a record.
private struct RecordWriter {
    var bytes: [UInt8] = []

    mutating func add(_ number: Int) {
        LEB128.append(UInt64(bitPattern: Int64(number)), to: &bytes)
    }

    mutating func add(_ number: Double) {
        add(Int(Int64(bitPattern: number.bitPattern)))
    }

    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            add(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    mutating func add(_ texts: [String]) {
        add(texts.count)
        for text in texts { add(text) }
    }

    mutating func add(_ counts: FieldCounts) {
        for field in 0..<BM25FScorer.fieldCount { add(counts[field]) }
    }

    mutating func add(_ document: SearchDocument, options: SearchIndexOptions) {
        for weight in [options.titleBoost, options.summaryBoost, options.tagBoost, options.extraBoost, options.bodyBoost,
                       options.k1, options.b] {
            add(weight)
        }
        for size in [options.topResults, options.snippetCharacters, options.shardBytes, options.chunkBytes,
                     options.postingsFileBytes, options.pagesPerFile] {
            add(size)
        }
        for text in [document.url, document.title, document.summary, document.body, document.language, document.date] {
            add(text)
        }
        add(document.tags)
        add(document.extraText)
        add(document.facets.count)
        for name in document.facets.keys.sorted() {
            add(name)
            add(document.facets[name]!)
        }
    }
}

/// Reads what ``RecordWriter`` wrote; every read is `nil` past the end.
private struct RecordReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    var atEnd: Bool { offset == bytes.count }

    mutating func number() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(Int64(bitPattern: value)) }
            shift += 7
        }
        return nil
    }

    /// A number from 0 up to the bytes left (every counted thing takes at least a byte).
    mutating func count() -> Int? {
        guard let value = number(), value >= 0, value <= bytes.count - offset else { return nil }
        return value
    }

    mutating func text() -> String? {
        guard let length = count() else { return nil }
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }

    mutating func fieldCounts() -> FieldCounts? {
        var counts = FieldCounts()
        for field in 0..<BM25FScorer.fieldCount {
            guard let value = number() else { return nil }
            counts[field] = value
        }
        return counts
    }
}
