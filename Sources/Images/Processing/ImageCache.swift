internal import CVips
import Foundation

/// Encoded variants kept on disk between builds, found by a SHA-256 of the source bytes and the settings.
///
/// Each entry is `<folder>/<first two hex digits>/<key>-<width>.<ext>` plus `<key>.json`, a manifest
/// written last, so an entry interrupted half-way has no manifest and is encoded again.
struct ImageCache {
    let folder: URL

    /// What the manifest records about one entry.
    private struct Manifest: Codable {
        struct Entry: Codable {
            var suffix: String
            var format: VariantFormat
            var width: Int
            var height: Int
        }
        var width: Int
        var height: Int
        var variants: [Entry]
    }

    /// The hex SHA-256 of `bytes` followed by `settings` (glib's checksum, which libvips already links).
    static func key(for bytes: [UInt8], settings: String) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { fatalError("glib could not allocate a checksum") }
        defer { g_checksum_free(checksum) }
        bytes.withUnsafeBufferPointer { g_checksum_update(checksum, $0.baseAddress, $0.count) }
        // A separator no settings string holds keeps "bytes + settings" from colliding with other splits.
        let tail = Array("\u{0}".utf8) + Array(settings.utf8)
        tail.withUnsafeBufferPointer { g_checksum_update(checksum, $0.baseAddress, $0.count) }
        return String(cString: g_checksum_get_string(checksum))
    }

    private func directory(_ key: String) -> URL {
        folder.appendingPathComponent(String(key.prefix(2)), isDirectory: true)
    }

    private func file(_ key: String, suffix: String) -> URL {
        directory(key).appendingPathComponent(key + suffix)
    }

    /// The cached variants for `key`, named after `stem`, or nil when any part is missing.
    func lookup(key: String, stem: String) throws(ImageError) -> (width: Int, height: Int, variants: [ImageVariant])? {
        let manifestURL = file(key, suffix: ".json")
        guard let data = try? Data(contentsOf: manifestURL) else { return nil }
        guard let manifest = try? JSONDecoder().decode(Manifest.self, from: data) else { return nil }
        var variants: [ImageVariant] = []
        for entry in manifest.variants {
            let url = file(key, suffix: entry.suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            variants.append(ImageVariant(
                relativeName: stem + entry.suffix, format: entry.format,
                width: entry.width, height: entry.height, content: .file(url)
            ))
        }
        return (manifest.width, manifest.height, variants)
    }

    /// Writes `output` under `key` and returns its variants as files in the cache.
    func store(_ output: VariantEncoder.Output, key: String, stem: String) throws(ImageError) -> [ImageVariant] {
        do {
            try FileManager.default.createDirectory(at: directory(key), withIntermediateDirectories: true)
            var variants: [ImageVariant] = []
            for encoded in output.variants {
                let url = file(key, suffix: encoded.suffix)
                try Data(encoded.bytes).write(to: url, options: .atomic)
                variants.append(encoded.variant(stem: stem, content: .file(url)))
            }
            let manifest = Manifest(width: output.width, height: output.height, variants: output.variants.map {
                .init(suffix: $0.suffix, format: $0.format, width: $0.width, height: $0.height)
            })
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(manifest).write(to: file(key, suffix: ".json"), options: .atomic)
            return variants
        } catch {
            throw .cacheFailed("could not write to \(folder.path): \(error.localizedDescription)")
        }
    }
}
