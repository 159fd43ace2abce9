import Foundation
@testable import Site
import Testing
import TestSupport

@Suite("ProgramIdentity")
struct ProgramIdentityTests {
    /// ELF notes as a linker lays them out: name size, description size, type, then the padded name and description.
    private static func note(name: String, type: UInt32, description: [UInt8]) -> [UInt8] {
        func word(_ value: Int) -> [UInt8] { withUnsafeBytes(of: UInt32(value).littleEndian) { Array($0) } }
        let nameBytes = Array(name.utf8) + [0]
        func padded(_ bytes: [UInt8]) -> [UInt8] { bytes + Array(repeating: 0, count: (4 - bytes.count % 4) % 4) }
        return word(nameBytes.count) + word(description.count) + word(Int(type)) + padded(nameBytes) + padded(description)
    }

    @Test("the GNU build ID is found among other notes; a note cut short or another owner's is not taken for it")
    func theBuildIDNoteIsRead() {
        let id: [UInt8] = Array(0..<20)
        let notes = Self.note(name: "GNU", type: 1, description: [0, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0])
            + Self.note(name: "Go", type: 3, description: [9, 9, 9])
            + Self.note(name: "GNU", type: 3, description: id)
        #expect(notes.withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) } == id)
        #expect(Array(notes.dropLast(4)).withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) } == nil)
        #expect(Self.note(name: "GNU", type: 1, description: id).withUnsafeBytes { ProgramIdentity.buildID(inNotes: $0) } == nil)
    }

    @Test("an ELF file's build ID is read from its notes; a file that is not ELF has none and is known by its bytes")
    func anExecutablesBuildIDIsReadFromItsHeaders() throws {
        let folder = TemporaryFolder(prefix: "program")
        defer { folder.remove() }
        // A minimal 64-bit little-endian ELF: its header, one PT_NOTE program header, the notes.
        let id: [UInt8] = [0xAB, 0xCD, 0xEF, 0x01, 0x23, 0x45, 0x67, 0x89]
        let notes = Self.note(name: "GNU", type: 3, description: id)
        var elf = [UInt8](repeating: 0, count: 64 + 56)
        elf.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
        func put<T: FixedWidthInteger>(_ value: T, at offset: Int) {
            withUnsafeBytes(of: value.littleEndian) { elf.replaceSubrange(offset..<(offset + $0.count), with: $0) }
        }
        put(UInt64(64), at: 0x20)
        put(UInt16(56), at: 0x36)
        put(UInt16(1), at: 0x38)
        put(UInt32(4), at: 64)
        put(UInt64(120), at: 64 + 8)
        put(UInt64(notes.count), at: 64 + 32)
        elf += notes
        let program = folder.url.appendingPathComponent("program")
        try Data(elf).write(to: program)
        #expect(ProgramIdentity.linkerBuildID(ofFile: program) == id)

        let script = folder.url.appendingPathComponent("script")
        try Data("#!/bin/sh\n".utf8).write(to: script)
        #expect(ProgramIdentity.linkerBuildID(ofFile: script) == nil)
        #expect(ProgramIdentity.digest(ofFile: script) == Fingerprint.of(Array("#!/bin/sh\n".utf8)))
    }
}
