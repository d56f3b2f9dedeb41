/// HTML character references: `&amp;`, `&#8217;`, `&#x2019;` and the common named ones.
///
/// Named references need their semicolon; numeric ones may omit it, as browsers allow.
/// An `&` that starts no known reference is text, exactly as the HTML parser reads it.
public enum HTMLEntities {
    /// The reference starting at `bytes[at]` (an `&`): what it decodes to and where it ends.
    public static func decode(_ bytes: [UInt8], at: Int) -> (text: String, end: Int)? {
        guard at < bytes.count, bytes[at] == 0x26 else { return nil }
        var i = at + 1
        if i < bytes.count, bytes[i] == 0x23 {  // '#'
            i += 1
            let hex = i < bytes.count && (bytes[i] | 0x20) == 0x78  // x or X
            if hex { i += 1 }
            let digitsStart = i
            var value: UInt32 = 0
            while i < bytes.count, let d = digit(bytes[i], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x11_0000)
                i += 1
            }
            guard i > digitsStart else { return nil }
            if i < bytes.count, bytes[i] == 0x3B { i += 1 }
            return (String(scalar(value)), i)
        }
        let nameStart = i
        while i < bytes.count, i - nameStart < 32, isAlphanumeric(bytes[i]) { i += 1 }
        guard i > nameStart, i < bytes.count, bytes[i] == 0x3B,
              let text = named[String(decoding: bytes[nameStart..<i], as: UTF8.self)] else { return nil }
        return (text, i + 1)
    }

    /// The character a numeric reference denotes, with the HTML parser's repairs:
    /// NUL, surrogates and values past U+10FFFF become U+FFFD; 0x80–0x9F are Windows-1252.
    static func scalar(_ value: UInt32) -> Character {
        if (0x80...0x9F).contains(value), let w = windows1252[value] { return Character(Unicode.Scalar(w)!) }
        guard value != 0, let s = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(s)
    }

    private static func digit(_ b: UInt8, hex: Bool) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x61...0x66 where hex: return UInt32(b - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(b - 0x41 + 10)
        default: return nil
        }
    }

    static func isAlphanumeric(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }

    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// The named references news pages use: markup, spaces and dashes, quotes, symbols,
    /// Latin-1 letters and the Latin Extended letters of European and Turkic names.
    /// `&nbsp;` (and its kin) decodes to a plain space: for matching, a no-break space
    /// is a space; an edit that keeps it keeps the entity.
    public static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
        "nbsp": " ", "ensp": " ", "emsp": " ", "thinsp": " ", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "lrm": "\u{200E}", "rlm": "\u{200F}", "ndash": "–", "mdash": "—", "hellip": "…", "bull": "•", "middot": "·",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»",
        "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″", "dagger": "†", "Dagger": "‡", "permil": "‰",
        "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "micro": "µ",
        "frac12": "½", "frac14": "¼", "frac34": "¾", "sup1": "¹", "sup2": "²", "sup3": "³", "cent": "¢", "pound": "£",
        "euro": "€", "yen": "¥", "curren": "¤", "sect": "§", "para": "¶", "iexcl": "¡", "iquest": "¿", "not": "¬",
        "ordf": "ª", "ordm": "º", "acute": "´", "cedil": "¸", "uml": "¨", "macr": "¯", "brvbar": "¦", "circ": "ˆ",
        "tilde": "˜", "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "minus": "−", "fnof": "ƒ",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "Ccaron": "Č",
        "ccaron": "č", "Ecaron": "Ě", "ecaron": "ě", "Rcaron": "Ř", "rcaron": "ř", "Ncaron": "Ň", "ncaron": "ň",
        "Cacute": "Ć", "cacute": "ć", "Nacute": "Ń", "nacute": "ń", "Sacute": "Ś", "sacute": "ś", "Zacute": "Ź",
        "zacute": "ź", "Zdot": "Ż", "zdot": "ż", "Lstrok": "Ł", "lstrok": "ł", "Dstrok": "Đ", "dstrok": "đ",
        "Gbreve": "Ğ", "gbreve": "ğ", "Idot": "İ", "imath": "ı", "Scedil": "Ş", "scedil": "ş", "Abreve": "Ă",
        "abreve": "ă", "Aogon": "Ą", "aogon": "ą", "Eogon": "Ę", "eogon": "ę", "Amacr": "Ā", "amacr": "ā",
        "Emacr": "Ē", "emacr": "ē", "Imacr": "Ī", "imacr": "ī", "Omacr": "Ō", "omacr": "ō", "Umacr": "Ū", "umacr": "ū",
        "Uring": "Ů", "uring": "ů", "Odblac": "Ő", "odblac": "ő", "Udblac": "Ű", "udblac": "ű",
    ]
}
