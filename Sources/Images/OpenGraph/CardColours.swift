/// One sRGB colour, 8 bits a channel.
public struct RGBColour: Sendable, Hashable {
    /// Red, 0-255.
    public var red: UInt8
    /// Green, 0-255.
    public var green: UInt8
    /// Blue, 0-255.
    public var blue: UInt8

    /// Creates a colour from its channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Reads `#rrggbb` or `#rgb` (the `#` optional), as theme files write colours; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.first == "#" { digits = digits.dropFirst() }
        if digits.count == 3 { digits = Substring(digits.flatMap { [$0, $0] }) }
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }
}

/// The theme colours a preview card is drawn with.
public struct CardColours: Sendable, Hashable {
    /// The card's ground.
    public var background: RGBColour
    /// The title and organisation.
    public var text: RGBColour
    /// The stripe along the card's starting edge.
    public var accent: RGBColour

    /// Creates a set of card colours.
    public init(background: RGBColour, text: RGBColour, accent: RGBColour) {
        self.background = background
        self.text = text
        self.accent = accent
    }
}
