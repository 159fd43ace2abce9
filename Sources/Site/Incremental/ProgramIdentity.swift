import Foundation

/// The running Pathways: what the caches kept between builds depend on beside their inputs. A different Pathways (an
/// upgrade, a local change) may render, analyse or lay out differently, so nothing it left is trusted: every output is
/// made again and the memos start empty. The same program linked again byte for byte, or restored by a CI cache with
/// new file times, is recognised as the same.
///
/// On Linux it is the build ID the linker wrote into the executable (a digest of what it linked), read from its
/// headers; elsewhere, or without one, the digest of the executable's bytes (about 60 ms for Pathways' 57 MB).
enum ProgramIdentity {
    /// The running program's identity, worked out once a process.
    static let current: Fingerprint = {
        let executable = URL(fileURLWithPath: Bundle.main.executablePath ?? CommandLine.arguments.first ?? "")
        var builder = FingerprintBuilder()
        if let buildID = linkerBuildID(ofFile: executable), !buildID.isEmpty {
            builder.add("build-id")
            builder.add(buildID)
        } else {
            builder.add("executable")
            builder.add(digest(ofFile: executable))
        }
        return builder.finish()
    }()

    /// The digest of the file's bytes, read mapped; of its path alone when it cannot be read.
    static func digest(ofFile file: URL) -> Fingerprint {
        guard let mapped = MappedFile(file) else { return Fingerprint.of(file.path) }
        var builder = FingerprintBuilder()
        builder.add(mapped.bytes, every: .max) { _ in }
        return builder.finish()
    }

    /// The GNU build ID note of an ELF executable (64-bit, little-endian: Linux on x86-64 and arm64), or `nil`. Only
    /// its headers and notes are read: the ELF header gives the program headers, and a `PT_NOTE` one the notes' place.
    static func linkerBuildID(ofFile file: URL) -> [UInt8]? {
        guard let mapped = MappedFile(file) else { return nil }
        let bytes = mapped.bytes
        guard bytes.count >= 64, Array(bytes[0..<6]) == [0x7F, 0x45, 0x4C, 0x46, 2, 1] else { return nil }
        let headersStart = Int(bytes.loadUnaligned(fromByteOffset: 0x20, as: UInt64.self))
        let headerSize = Int(bytes.loadUnaligned(fromByteOffset: 0x36, as: UInt16.self))
        let headerCount = Int(bytes.loadUnaligned(fromByteOffset: 0x38, as: UInt16.self))
        guard headerSize >= 56, headersStart >= 0, headersStart + headerSize * headerCount <= bytes.count else { return nil }
        for number in 0..<headerCount {
            let header = headersStart + number * headerSize
            guard bytes.loadUnaligned(fromByteOffset: header, as: UInt32.self) == 4 else { continue }
            let start = Int(bytes.loadUnaligned(fromByteOffset: header + 8, as: UInt64.self))
            let size = Int(bytes.loadUnaligned(fromByteOffset: header + 32, as: UInt64.self))
            guard start >= 0, size >= 0, start + size <= bytes.count else { continue }
            if let id = buildID(inNotes: UnsafeRawBufferPointer(rebasing: bytes[start..<(start + size)])) { return id }
        }
        return nil
    }

    /// The description of the `NT_GNU_BUILD_ID` note (type 3, owner "GNU") among ELF notes: each is a name size, a
    /// description size and a type (4 bytes each), then the name and the description, each padded to 4 bytes.
    static func buildID(inNotes notes: UnsafeRawBufferPointer) -> [UInt8]? {
        var offset = 0
        func padded(_ size: Int) -> Int { (size + 3) & ~3 }
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let descriptionSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let name = offset + 12, description = name + padded(nameSize)
            guard description + descriptionSize <= notes.count else { return nil }
            if type == 3, nameSize == 4, Array(notes[name..<(name + 4)]) == Array("GNU\0".utf8) {
                return Array(notes[description..<(description + descriptionSize)])
            }
            offset = description + padded(descriptionSize)
        }
        return nil
    }
}
