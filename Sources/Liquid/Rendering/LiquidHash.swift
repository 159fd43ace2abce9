/// A Liquid hash: string keys mapped to values, kept in insertion order.
///
/// Shopify Liquid walks a hash (`for`, `first`, array filters, printing) in the
/// order its keys were added; a Swift `Dictionary` has no stable order. Keys
/// and values sit in two parallel arrays, and a `[String: Int]` index finds a
/// key's position, so lookups cost what a dictionary lookup costs. Copies share
/// their storage until one of them changes.
///
/// Two hashes are equal for Liquid `==` (``liquidEquals(_:)``) when they hold
/// the same keys with equal values, whatever their order.
public struct LiquidHash: Sendable {
    /// The entries, shared by copies of the hash until one of them changes.
    private var storage: Storage

    /// An empty hash.
    public init() {
        storage = Storage()
    }

    /// A hash holding the entries of `dictionary`, inserted with their keys
    /// sorted, so a hash built from a Swift `Dictionary` has a deterministic order.
    /// - Complexity: O(*n* log *n*) for *n* entries.
    public init(_ dictionary: [String: Value]) {
        self.init()
        reserveCapacity(dictionary.count)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            storage.append(key, value)
        }
    }

    /// A hash holding `entries` in their order; a repeated key keeps its first
    /// position and its last value (as a Ruby hash literal or a JSON object does).
    /// - Complexity: O(*n*) for *n* entries.
    public init<Entries: Sequence>(_ entries: Entries) where Entries.Element == (String, Value) {
        self.init()
        reserveCapacity(entries.underestimatedCount)
        for (key, value) in entries { self[key] = value }
    }

    /// The keys, in insertion order.
    public var keys: [String] { storage.keys }

    /// The values, in the order of ``keys``.
    public var values: [Value] { storage.values }

    /// The number of entries.
    public var count: Int { storage.keys.count }

    /// Whether the hash has no entries.
    public var isEmpty: Bool { storage.keys.isEmpty }

    /// A name the host gives this hash so a ``RenderMemo`` can key `render` calls taking it, or `nil`.
    /// Any change to the hash clears it: only the hash as named carries the name.
    public var identity: String? {
        get { storage.identity }
        set {
            makeUnique()
            storage.identity = newValue
        }
    }

    /// The value stored under `key`, or `nil`. Setting a new key appends it;
    /// setting an existing key replaces its value in place; setting `nil` removes the key.
    /// - Complexity: O(1) to read, replace or append (after copying shared
    ///   storage); O(*n*) to remove.
    public subscript(key: String) -> Value? {
        get {
            guard let position = storage.position(of: key) else { return nil }
            return storage.values[position]
        }
        set {
            makeUnique()
            if let newValue {
                if let position = storage.position(of: key) {
                    storage.values[position] = newValue
                } else {
                    storage.append(key, newValue)
                }
            } else {
                storage.remove(key)
            }
        }
    }

    /// The same entries and identity in storage of its own, every key and value copied (see ``Value/unshared``).
    public var unshared: LiquidHash {
        var copy = LiquidHash()
        copy.reserveCapacity(count)
        for (key, value) in self { copy.storage.append(key.unshared, value.unshared) }
        copy.storage.identity = storage.identity
        return copy
    }

    /// Reserves room for `capacity` entries.
    public mutating func reserveCapacity(_ capacity: Int) {
        makeUnique()
        storage.keys.reserveCapacity(capacity)
        storage.values.reserveCapacity(capacity)
        if capacity > Storage.scanLimit { storage.positions.reserveCapacity(capacity) }
    }

    /// Liquid `==`: the same keys with equal values (``Value/liquidEquals(_:)``), in any order.
    /// - Complexity: O(*n*) lookups.
    public func liquidEquals(_ other: LiquidHash) -> Bool {
        guard count == other.count else { return false }
        for (key, value) in self {
            guard let otherValue = other[key], value.liquidEquals(otherValue) else { return false }
        }
        return true
    }

    /// Gives this hash its own storage before a change, so copies never see it.
    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.identity = nil
    }

    /// Keys, values and the index in one reference, so copying a ``Value``
    /// holding a hash retains one object, as copying a `Dictionary` does.
    /// Small hashes (most template values: a country's code and name) have no
    /// index: scanning a few keys costs less than hashing one and building
    /// the index would cost an allocation.
    ///
    /// `@unchecked Sendable` and `@exclusivity(unchecked)` are sound because
    /// storage is changed only after ``LiquidHash/makeUnique()``, when no other
    /// hash (on any thread) refers to it; the runtime access checks would
    /// otherwise cost every lookup on the render path.
    private final class Storage: @unchecked Sendable {
        /// The most entries looked up by scanning; larger hashes keep ``positions``.
        static let scanLimit = 8

        @exclusivity(unchecked) var keys: [String] = []
        @exclusivity(unchecked) var values: [Value] = []
        /// Each key's position in `keys` and `values`, once there are more than ``scanLimit`` entries.
        @exclusivity(unchecked) var positions: [String: Int] = [:]
        /// See ``LiquidHash/identity``; never copied.
        @exclusivity(unchecked) var identity: String?

        init() {}

        func copy() -> Storage {
            let copy = Storage()
            copy.keys = keys
            copy.values = values
            copy.positions = positions
            return copy
        }

        /// The position of `key` in `keys` and `values`, if present.
        @inline(__always)
        func position(of key: String) -> Int? {
            if keys.count > Self.scanLimit { return positions[key] }
            var index = 0
            while index < keys.count {
                if keys[index] == key { return index }
                index += 1
            }
            return nil
        }

        /// Adds an entry for a key not yet present.
        func append(_ key: String, _ value: Value) {
            keys.append(key)
            values.append(value)
            if keys.count > Self.scanLimit {
                if positions.isEmpty {
                    for (position, existing) in keys.enumerated() { positions[existing] = position }
                } else {
                    positions[key] = keys.count - 1
                }
            }
        }

        /// Removes `key` and its value, if present, and renumbers the entries after it.
        func remove(_ key: String) {
            guard let position = position(of: key) else { return }
            keys.remove(at: position)
            values.remove(at: position)
            if keys.count > Self.scanLimit {
                positions.removeValue(forKey: key)
                for later in position..<keys.count { positions[keys[later]] = later }
            } else {
                positions = [:]
            }
        }
    }
}

extension LiquidHash: Sequence {
    /// Walks the entries in insertion order.
    public struct Iterator: IteratorProtocol {
        private let hash: LiquidHash
        private var position = 0

        init(_ hash: LiquidHash) { self.hash = hash }

        /// The next `(key, value)` entry, or `nil` after the last.
        public mutating func next() -> (key: String, value: Value)? {
            guard position < hash.count else { return nil }
            defer { position += 1 }
            return (hash.storage.keys[position], hash.storage.values[position])
        }
    }

    /// An iterator over the `(key, value)` entries in insertion order.
    public func makeIterator() -> Iterator { Iterator(self) }

    /// The number of entries.
    public var underestimatedCount: Int { count }
}

extension LiquidHash: ExpressibleByDictionaryLiteral {
    /// A hash holding the literal's entries in the order written; a repeated
    /// key keeps its first position and its last value.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }
}
