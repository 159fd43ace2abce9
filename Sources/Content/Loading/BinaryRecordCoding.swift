/// `Codable` values as compact bytes, for decoded files kept between builds (``DecodedFileRecord``): faster to read
/// back than JSON (whose reader took as long as decoding the YAML again) and, unlike a format written by hand, always
/// in step with the models, whose `Codable` conformance the compiler writes.
///
/// The bytes are positional: values in the order `encode(to:)` writes them, keys left out, so a record is read back
/// only by the same type in the same program (a record kept between builds names its program). An optional, a single
/// value and a list element are a flag byte (0 for nil) then the value; a list is its count then its elements; a
/// dictionary with text keys is its count then each key and value, by key; a nested keyed container (how an enum's
/// case is written) starts with its key's name, which is what `allKeys` reads back. Other keyed containers whose keys
/// are read from `allKeys` cannot be read back; ``DecodedFileRecord`` keeps a record only when it reads back equal.
enum BinaryRecordCoding {
    /// The bytes of `value`.
    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = RecordEncoder()
        try encoder.write(value)
        return encoder.bytes
    }

    /// The value in `bytes`, which must be exactly what ``encode(_:)`` wrote for this type.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let decoder = RecordDecoder(bytes)
        let value = try decoder.read(T.self)
        guard decoder.offset == bytes.count else { throw RecordDecoder.failure }
        return value
    }
}

// MARK: Writing

private final class RecordEncoder: Encoder {
    var bytes: [UInt8] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { ListWriter(encoder: self) }
    func singleValueContainer() -> any SingleValueEncodingContainer { ValueWriter(encoder: self) }

    func write(_ number: UInt64) {
        var rest = number
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            write(UInt64(buffer.count))
            bytes.append(contentsOf: buffer)
        }
    }

    /// Writes `value`; texts and numbers are told by their type (comparing types is cheap, and a cast of the value
    /// would see through an optional).
    func write<T: Encodable>(_ value: T) throws {
        if T.self == String.self { return write(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return write(UInt64(truncatingIfNeeded: unsafeBitCast(value, to: Int.self))) }
        if T.self == Double.self { return write(unsafeBitCast(value, to: Double.self).bitPattern) }
        if T.self == Bool.self { return bytes.append(unsafeBitCast(value, to: Bool.self) ? 1 : 0) }
        if T.self == Float.self { return write(UInt64(unsafeBitCast(value, to: Float.self).bitPattern)) }
        if T.self is any BinaryInteger.Type, let number = value as? any BinaryInteger { return write(UInt64(truncatingIfNeeded: number)) }
        if T.self is any TextKeyedDictionary.Type { return try (value as! any TextKeyedDictionary).writePairs(to: self) }
        try value.encode(to: self)
    }

    /// An optional: 0 for nil, else 1 and the value.
    func writeOptional<T: Encodable>(_ value: T?) throws {
        guard let value else { return bytes.append(0) }
        try writeFlagged(value)
    }

    /// A value where a nil could stand (a single value or a list element): 1, then the value. (Not `writeOptional`: a
    /// value that is itself an optional would be taken for the optional, and its nil written as a lone 0.)
    func writeFlagged<T: Encodable>(_ value: T) throws {
        bytes.append(1)
        try write(value)
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: RecordEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) { encoder.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.write(value) }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encoder.writeOptional(value) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encoder.writeOptional(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        encoder.write(key.stringValue)
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.write(key.stringValue)
        return ListWriter(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder { encoder }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder }
}

/// A list: a fixed 4-byte count, kept up to date as elements are added, then the elements.
private struct ListWriter: UnkeyedEncodingContainer {
    let encoder: RecordEncoder
    private let countAt: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(encoder: RecordEncoder) {
        self.encoder = encoder
        countAt = encoder.bytes.count
        encoder.bytes += [0, 0, 0, 0]
    }

    private mutating func counted() {
        count += 1
        withUnsafeBytes(of: UInt32(count).littleEndian) { encoder.bytes.replaceSubrange(countAt..<(countAt + 4), with: $0) }
    }

    mutating func encodeNil() throws {
        counted()
        encoder.bytes.append(0)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        counted()
        try encoder.writeFlagged(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        counted()
        return KeyedEncodingContainer(KeyedWriter<NestedKey>(encoder: encoder))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        counted()
        return ListWriter(encoder: encoder)
    }

    mutating func superEncoder() -> any Encoder {
        counted()
        return encoder
    }
}

private struct ValueWriter: SingleValueEncodingContainer {
    let encoder: RecordEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.bytes.append(0) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.writeFlagged(value) }
}

/// A dictionary whose keys are texts: `Dictionary` writes it as a keyed container, keys and all, which positional bytes
/// leave out, so it is written here as its pairs.
private protocol TextKeyedDictionary {
    func writePairs(to encoder: RecordEncoder) throws
    static func readPairs(from decoder: RecordDecoder) throws -> Self
}

extension Dictionary: TextKeyedDictionary where Key == String, Value: Codable {
    fileprivate func writePairs(to encoder: RecordEncoder) throws {
        encoder.write(UInt64(count))
        for key in keys.sorted() {
            encoder.write(key)
            try encoder.write(self[key]!)
        }
    }

    fileprivate static func readPairs(from decoder: RecordDecoder) throws -> Self {
        let count = try decoder.number()
        guard count <= UInt64(decoder.bytes.count - decoder.offset) else { throw RecordDecoder.failure }
        var pairs: Self = [:]
        for _ in 0..<count { pairs[try decoder.text()] = try decoder.read(Value.self) }
        return pairs
    }
}

// MARK: Reading

private final class RecordDecoder: Decoder {
    static let failure = DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "not a record of this type"))

    let bytes: UnsafeRawBufferPointer
    var offset = 0
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedReader<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try ListReader(decoder: self) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { ValueReader(decoder: self) }

    /// The next byte without moving on, or `nil` at the end.
    func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Self.failure }
        defer { offset += 1 }
        return bytes[offset]
    }

    func number() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while shift < 64 {
            let next = try byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
        throw Self.failure
    }

    func text() throws -> String {
        let length = try number()
        guard length <= UInt64(bytes.count - offset) else { throw Self.failure }
        let start = offset
        offset += Int(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    func flag() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Self.failure
        }
    }

    /// An integer written as its 64-bit two's complement; one that does not fit `T` is refused.
    func integer<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        let raw = try number()
        let value = T(truncatingIfNeeded: raw)
        guard UInt64(truncatingIfNeeded: value) == raw else { throw Self.failure }
        return value
    }

    /// The next value of type `T`. Texts and numbers are told by comparing types, which is cheap, before any cast.
    func read<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return unsafeBitCast(try text(), to: T.self) }
        if T.self == Int.self { return unsafeBitCast(try integer(Int.self), to: T.self) }
        if T.self == Double.self { return unsafeBitCast(Double(bitPattern: try number()), to: T.self) }
        if T.self == Bool.self { return unsafeBitCast(try flag(), to: T.self) }
        if T.self == Float.self { return unsafeBitCast(Float(bitPattern: UInt32(truncatingIfNeeded: try number())), to: T.self) }
        if let integer = T.self as? any FixedWidthInteger.Type { return try self.integer(integer) as! T }
        if let dictionary = T.self as? any TextKeyedDictionary.Type { return try dictionary.readPairs(from: self) as! T }
        return try T(from: self)
    }

    /// What ``RecordEncoder/writeOptional(_:)`` wrote.
    func readOptional<T: Decodable>(_ type: T.Type) throws -> T? {
        try flag() ? try read(type) : nil
    }

    /// What ``RecordEncoder/writeFlagged(_:)`` wrote.
    func readFlagged<T: Decodable>(_ type: T.Type) throws -> T {
        guard try byte() == 1 else { throw Self.failure }
        return try read(type)
    }
}

private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: RecordDecoder
    var codingPath: [any CodingKey] { [] }

    /// The key a nested container was written under (an enum's case), read without moving on.
    var allKeys: [Key] {
        let start = decoder.offset
        defer { decoder.offset = start }
        guard let name = try? decoder.text(), let key = Key(stringValue: name) else { return [] }
        return [key]
    }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try !decoder.flag() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder.read(type) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try decoder.readOptional(type) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try decoder.readOptional(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard try decoder.text() == key.stringValue else { throw RecordDecoder.failure }
        return KeyedDecodingContainer(KeyedReader<NestedKey>(decoder: decoder))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        guard try decoder.text() == key.stringValue else { throw RecordDecoder.failure }
        return try ListReader(decoder: decoder)
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { decoder }
}

private struct ListReader: UnkeyedDecodingContainer {
    let decoder: RecordDecoder
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= count! }

    init(decoder: RecordDecoder) throws {
        self.decoder = decoder
        guard decoder.bytes.count - decoder.offset >= 4 else { throw RecordDecoder.failure }
        let stored = Int(UInt32(littleEndian: decoder.bytes.loadUnaligned(fromByteOffset: decoder.offset, as: UInt32.self)))
        decoder.offset += 4
        guard stored <= decoder.bytes.count - decoder.offset else { throw RecordDecoder.failure }
        count = stored
    }

    private mutating func next() throws {
        guard !isAtEnd else { throw RecordDecoder.failure }
        currentIndex += 1
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, decoder.peek() == 0 else { return false }
        try next()
        decoder.offset += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try next()
        return try decoder.readFlagged(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next()
        return KeyedDecodingContainer(KeyedReader<NestedKey>(decoder: decoder))
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next()
        return try ListReader(decoder: decoder)
    }

    mutating func superDecoder() throws -> any Decoder {
        try next()
        return decoder
    }
}

private struct ValueReader: SingleValueDecodingContainer {
    let decoder: RecordDecoder
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool {
        guard decoder.peek() == 0 else { return false }
        decoder.offset += 1
        return true
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.readFlagged(type) }
}
