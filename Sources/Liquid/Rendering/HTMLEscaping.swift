/// HTML escaping of `{{ }}` output when autoescape is on; also usable for any text placed in HTML or XML.
public enum HTMLEscaping {
    /// Appends `text` to `output` with `& < > " '` escaped.
    /// - Complexity: O(n); text without special characters is appended as it is.
    public static func append(_ text: String, to output: inout String) {
        var text = text
        let escaped: [UInt8]? = text.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isSpecial) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8 + 16)
            out.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])        // &amp;
                case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])              // &lt;
                case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])              // &gt;
                case 0x22: out.append(contentsOf: [0x26, 0x23, 0x33, 0x34, 0x3B])        // &#34;
                case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])        // &#39;
                default: out.append(byte)
                }
            }
            return out
        }
        if let escaped {
            output.append(String(decoding: escaped, as: UTF8.self))
        } else {
            output.append(text)
        }
    }

    /// `text` escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
