/// Records kept outside a memo, as a file keeps them between builds: what one build hands over, the next reads back.
/// Give a memo ``record(for:)`` and ``hold(_:_:)``; ``shelve()`` then stands for writing the file again.
///
/// `@unchecked Sendable`: a memo calls it from one build at a time, under its own lock.
public final class RecordShelf: @unchecked Sendable {
    private var kept: [String: UnsafeMutableRawBufferPointer] = [:]
    private var next: [(name: String, record: [UInt8]?)] = []
    /// How many records the last shelved build made anew (handed over as bytes, not as `nil`).
    public private(set) var madeByLastBuild = 0

    public init() {}

    deinit { for buffer in kept.values { buffer.deallocate() } }

    /// The record kept under `name`, valid until the next ``shelve()``.
    public func record(for name: String) -> UnsafeRawBufferPointer? {
        kept[name].map { UnsafeRawBufferPointer($0) }
    }

    /// Takes a record a build hands over: `nil` when it is the one kept under `name`.
    public func hold(_ name: String, _ record: [UInt8]?) {
        next.append((name, record))
    }

    /// Replaces the kept records with those the last build handed over. Returns their names, in order.
    @discardableResult
    public func shelve() -> [String] {
        var shelved: [String: UnsafeMutableRawBufferPointer] = [:]
        madeByLastBuild = 0
        for (name, record) in next {
            let bytes = record ?? Array(UnsafeRawBufferPointer(kept[name]!))
            if record != nil { madeByLastBuild += 1 }
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count, alignment: 1)
            buffer.copyBytes(from: bytes)
            shelved[name] = buffer
        }
        for buffer in kept.values { buffer.deallocate() }
        kept = shelved
        defer { next = [] }
        return next.map(\.name)
    }

    /// Changes one byte of the record kept under `name`, as damage would.
    public func damage(_ name: String, at offset: Int) { kept[name]![offset] ^= 0x01 }
}
