import SESDomain

/// The parts of iCalendar (RFC 5545) the schedule uses: content lines ended by CRLF and folded at
/// 75 octets (section 3.1), TEXT escaping (section 3.3.11), DATE values (section 3.3.4) and
/// UTC DATE-TIME values (section 3.3.5).
public enum ICalendar {
    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes
    /// `\n` (RFC 5545 section 3.3.11); other control characters, which TEXT does not allow, become
    /// spaces. Texts longer than ``ReportText/longest`` characters are shortened first.
    public static func escape(_ text: String) -> String {
        var out = ""
        var previousCR = false
        for scalar in ReportText.shortened(text).unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// One content line folded so that no line exceeds 75 octets (continuation lines begin with a
    /// space), never splitting a UTF-8 sequence, each line ended by CRLF (RFC 5545 section 3.1).
    /// Lines are folded between Unicode scalars, so even a character made of many scalars (a base
    /// letter with a hundred combining marks) cannot make a line longer than 75 octets.
    public static func fold(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                out.append("\r")
                out.append("\n")
                out.append(" ")
                octets = 1
            }
            out.append(scalar)
            octets += size
        }
        out.append("\r")
        out.append("\n")
        return String(out)
    }

    /// A DATE value: `YYYYMMDD`.
    public static func date(_ day: Day) -> String {
        day.iso.replacingOccurrences(of: "-", with: "")
    }

    /// A UTC DATE-TIME value at midnight: `YYYYMMDDT000000Z`.
    public static func midnightUTC(_ day: Day) -> String {
        date(day) + "T000000Z"
    }
}
