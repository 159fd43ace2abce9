internal import CQRencode

/// The dark and light modules of one QR code, without its quiet zone, encoded by libqrencode.
struct QRMatrix: Sendable, Equatable {
    /// Modules a side.
    let size: Int
    /// Row-major: `dark[y * size + x]`.
    let dark: [Bool]

    /// Encodes `text` as UTF-8 bytes at error correction `level`, in the smallest version that holds it.
    init(text: String, level: QRCode.ErrorCorrection) throws(QRCodeError) {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .empty }
        let encoded: UnsafeMutablePointer<QRcode>? = if bytes.contains(0) {
            bytes.withUnsafeBufferPointer { QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, level.c) }
        } else {
            // Byte mode as the hint lets libqrencode put runs of digits or upper-case letters (percent
            // escapes) in denser modes, while lower-case letters stay as they are.
            QRcode_encodeString(text, 0, level.c, QR_MODE_8, 1)
        }
        guard let encoded else { throw .tooLong(bytes: bytes.count) }
        defer { QRcode_free(encoded) }
        let width = Int(encoded.pointee.width)
        size = width
        dark = (0..<(width * width)).map { encoded.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at column `x`, row `y` is dark.
    func isDark(x: Int, y: Int) -> Bool { dark[y * size + x] }
}

extension QRCode.ErrorCorrection {
    var c: QRecLevel {
        switch self {
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        }
    }
}
