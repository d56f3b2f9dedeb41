/// Writes replacement prose back into markup so that it reads as the same text.
enum ProseEscaping {
    /// `text` as it must be written in `context`. `keep` maps a character to the way the
    /// original wrote it (a character reference, an escape), so an entity the edit did not
    /// change stays as it was.
    static func escape(_ text: String, in context: ProseSegment.Context, keep: [Character: String] = [:]) -> String {
        var out = ""
        for ch in text {
            if let kept = keep[ch] { out += kept; continue }
            switch context {
            case .plain:
                out.append(ch)
            case .htmlText:
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                default: out.append(ch)
                }
            case .htmlAttribute(let quote):
                switch ch {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"" where quote != 0x27: out += "&quot;"
                case "'" where quote != 0x22: out += "&#39;"
                case " " where quote == nil: out += "&#32;"
                case "=" where quote == nil, "`" where quote == nil: out += "&#\(ch.unicodeScalars.first!.value);"
                default: out.append(ch)
                }
            case .markdown:
                if "\\`*_[]<>|~&#".contains(ch) { out += "\\" }
                out.append(ch)
            }
        }
        return out
    }
}
