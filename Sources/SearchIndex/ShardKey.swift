/// Which shard holds a term: a hash of the term's first characters, so every term a typed prefix
/// can expand to sits in the shard the client fetches for that prefix (`search.js`: `key`, `hash`).
enum ShardKey {
    /// A term's key: its first two scalars, or three when it starts with the Arabic article ال
    /// (else most Arabic words would share one key). Facet terms (`name=value`) are their own key.
    static func key(of term: String) -> String {
        if term.unicodeScalars.contains("=") { return term }
        let scalars = Array(term.unicodeScalars)
        let length = scalars.count >= 3 && scalars[0] == "ا" && scalars[1] == "ل" ? 3 : 2
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars.prefix(length))
        return String(out)
    }

    /// 32-bit FNV-1a over the key's UTF-8, started from a seed the manifest records.
    static func hash(_ key: String, seed: UInt32) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5 &+ seed
        for byte in key.utf8 {
            h ^= UInt32(byte)
            h = h &* 16_777_619
        }
        return h
    }

    static func shard(of key: String, seed: UInt32, shards: Int) -> Int {
        Int(hash(key, seed: seed) % UInt32(shards))
    }
}
