/// Ruby's `Time#strftime`, written out over ``ZonedTime`` fields so output
/// never depends on the host's locale or formatter caches.
///
/// Supports the conversions `%a %A %b %B %c %C %d %D %e %F %g %G %h %H %I %j
/// %k %l %L %m %M %n %N %p %P %r %R %s %S %t %T %u %U %v %V %w %W %x %X %y %Y
/// %z %:z %::z %Z %+ %%`, the flags `-` (no padding), `_` (spaces), `0`
/// (zeros), `^` (upper case), `#` (swap case) and a field width. Unknown
/// conversions are copied through as written.
enum Strftime {
    /// The widest field honoured (`%999999999d` would otherwise build a huge string or overflow).
    static let maxWidth = 1024

    static func format(_ time: ZonedTime, _ pattern: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(pattern.utf8.count * 2)
        append(time, Array(pattern.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let dayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    private enum Padding { case standard, none, spaces, zeros }

    private static func append(_ time: ZonedTime, _ pattern: [UInt8], to out: inout [UInt8]) {
        var i = 0
        while i < pattern.count {
            let byte = pattern[i]
            guard byte == UInt8(ascii: "%"), i + 1 < pattern.count else {
                out.append(byte)
                i += 1
                continue
            }
            let start = i
            i += 1
            var padding = Padding.standard
            var upper = false, swap = false
            flags: while i < pattern.count {
                switch pattern[i] {
                case UInt8(ascii: "-"): padding = .none
                case UInt8(ascii: "_"): padding = .spaces
                case UInt8(ascii: "0"): padding = .zeros
                case UInt8(ascii: "^"): upper = true
                case UInt8(ascii: "#"): swap = true
                default: break flags
                }
                i += 1
            }
            var width: Int?
            while i < pattern.count, Value.isDigit(pattern[i]) {
                width = Swift.min(Strftime.maxWidth, (width ?? 0) * 10 + Int(pattern[i] - UInt8(ascii: "0")))
                i += 1
            }
            var colons = 0
            while i < pattern.count, pattern[i] == UInt8(ascii: ":") {
                colons += 1
                i += 1
            }
            guard i < pattern.count else {
                out.append(contentsOf: pattern[start...])
                break
            }
            let conversion = pattern[i]
            i += 1
            if colons > 0 && conversion != UInt8(ascii: "z") {
                out.append(contentsOf: pattern[start..<i])
                continue
            }

            func number(_ value: Int, _ defaultWidth: Int, pad: UInt8 = UInt8(ascii: "0")) {
                let digits = Array(String(Swift.abs(value)).utf8)
                let fill: UInt8?
                switch padding {
                case .none: fill = nil
                case .spaces: fill = UInt8(ascii: " ")
                case .zeros: fill = UInt8(ascii: "0")
                case .standard: fill = pad
                }
                let target = width ?? defaultWidth
                let sign: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
                if let fill, digits.count + sign.count < target {
                    let count = target - digits.count - sign.count
                    if fill == UInt8(ascii: "0") {
                        out.append(contentsOf: sign)
                        out.append(contentsOf: repeatElement(fill, count: count))
                    } else {
                        out.append(contentsOf: repeatElement(fill, count: count))
                        out.append(contentsOf: sign)
                    }
                } else {
                    out.append(contentsOf: sign)
                }
                out.append(contentsOf: digits)
            }

            func text(_ value: String, swapMeansLower: Bool = false) {
                var bytes = Array(value.utf8)
                if upper || (swap && !swapMeansLower) {
                    bytes = bytes.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? $0 - 32 : $0 }
                } else if swap {
                    bytes = bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
                }
                if let width, padding != .none, bytes.count < width {
                    out.append(contentsOf: repeatElement(padding == .zeros ? UInt8(ascii: "0") : UInt8(ascii: " "), count: width - bytes.count))
                }
                out.append(contentsOf: bytes)
            }

            func composite(_ inner: String) {
                var nested: [UInt8] = []
                append(time, Array(inner.utf8), to: &nested)
                text(String(decoding: nested, as: UTF8.self))
            }

            let hour12 = time.hour % 12 == 0 ? 12 : time.hour % 12
            switch conversion {
            case UInt8(ascii: "Y"): number(time.year, time.year < 0 ? 5 : 4)
            case UInt8(ascii: "C"): number(ZonedTime.floorDivide(time.year, 100), 2)
            case UInt8(ascii: "y"): number(ZonedTime.floorModulo(time.year, 100), 2)
            case UInt8(ascii: "m"): number(time.month, 2)
            case UInt8(ascii: "B"): text(monthNames[time.month - 1])
            case UInt8(ascii: "b"), UInt8(ascii: "h"): text(String(monthNames[time.month - 1].prefix(3)))
            case UInt8(ascii: "d"): number(time.day, 2)
            case UInt8(ascii: "e"): number(time.day, 2, pad: UInt8(ascii: " "))
            case UInt8(ascii: "j"): number(time.dayOfYear, 3)
            case UInt8(ascii: "H"): number(time.hour, 2)
            case UInt8(ascii: "k"): number(time.hour, 2, pad: UInt8(ascii: " "))
            case UInt8(ascii: "I"): number(hour12, 2)
            case UInt8(ascii: "l"): number(hour12, 2, pad: UInt8(ascii: " "))
            case UInt8(ascii: "P"): text(time.hour < 12 ? "am" : "pm", swapMeansLower: false)
            case UInt8(ascii: "p"): text(time.hour < 12 ? "AM" : "PM", swapMeansLower: true)
            case UInt8(ascii: "M"): number(time.minute, 2)
            case UInt8(ascii: "S"): number(time.second, 2)
            case UInt8(ascii: "L"): fraction(time.nanoseconds, width ?? 3, to: &out)
            case UInt8(ascii: "N"): fraction(time.nanoseconds, width ?? 9, to: &out)
            case UInt8(ascii: "s"): number(time.seconds, 1)
            case UInt8(ascii: "A"): text(dayNames[time.weekday])
            case UInt8(ascii: "a"): text(String(dayNames[time.weekday].prefix(3)))
            case UInt8(ascii: "u"): number(time.weekday == 0 ? 7 : time.weekday, 1)
            case UInt8(ascii: "w"): number(time.weekday, 1)
            case UInt8(ascii: "U"): number((time.dayOfYear - 1 + 7 - time.weekday) / 7, 2)
            case UInt8(ascii: "W"): number((time.dayOfYear - 1 + 7 - (time.weekday + 6) % 7) / 7, 2)
            case UInt8(ascii: "G"): number(time.isoWeek.year, 4)
            case UInt8(ascii: "g"): number(ZonedTime.floorModulo(time.isoWeek.year, 100), 2)
            case UInt8(ascii: "V"): number(time.isoWeek.week, 2)
            case UInt8(ascii: "z"): zoneOffset(time.offset, colons: colons, to: &out)
            case UInt8(ascii: "Z"): text(time.zoneName)
            case UInt8(ascii: "c"): composite("%a %b %e %H:%M:%S %Y")
            case UInt8(ascii: "D"), UInt8(ascii: "x"): composite("%m/%d/%y")
            case UInt8(ascii: "F"): composite("%Y-%m-%d")
            case UInt8(ascii: "T"), UInt8(ascii: "X"): composite("%H:%M:%S")
            case UInt8(ascii: "R"): composite("%H:%M")
            case UInt8(ascii: "r"): composite("%I:%M:%S %p")
            case UInt8(ascii: "v"): composite("%e-%^b-%Y")
            case UInt8(ascii: "+"): composite("%a %b %e %H:%M:%S %Z %Y")
            case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "%"): out.append(UInt8(ascii: "%"))
            default: out.append(contentsOf: pattern[start..<i])
            }
        }
    }

    /// The first `digits` digits of the fraction of a second.
    private static func fraction(_ nanoseconds: Int, _ digits: Int, to out: inout [UInt8]) {
        let nine = Array(String(nanoseconds).utf8)
        let padded = Array(repeating: UInt8(ascii: "0"), count: 9 - nine.count) + nine
        out.append(contentsOf: padded.prefix(digits))
        if digits > 9 { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digits - 9)) }
    }

    /// `+hhmm`, `+hh:mm` (`%:z`) or `+hh:mm:ss` (`%::z`).
    private static func zoneOffset(_ offset: Int, colons: Int, to out: inout [UInt8]) {
        let magnitude = Swift.abs(offset)
        func two(_ n: Int) -> [UInt8] { Array((n < 10 ? "0\(n)" : "\(n)").utf8) }
        out.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        out.append(contentsOf: two(magnitude / 3600))
        if colons > 0 { out.append(UInt8(ascii: ":")) }
        out.append(contentsOf: two(magnitude / 60 % 60))
        if colons > 1 {
            out.append(UInt8(ascii: ":"))
            out.append(contentsOf: two(magnitude % 60))
        }
    }
}
