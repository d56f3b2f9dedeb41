/// Whether a person's role stands right before a word: "President Zelinsky",
/// "Armenian foreign minister mnachakanyan", "Secretary-General Gutierrez".
enum RoleContext {
    /// True when the up to five words before token `i` end with one of `roles`
    /// (compared case- and accent-insensitively).
    static func roleBefore(_ i: Int, in document: Document, roles: [String]) -> Bool {
        guard !roles.isEmpty else { return false }
        var keys: [String] = []
        var j = i - 1
        while j >= 0 && keys.count < 5 {
            let t = document.tokens[j]
            if t.isWord { keys.insert(t.key, at: 0) } else if !(t.isInlineSpace || t.isHyphen) { break }
            j -= 1
        }
        for role in roles {
            let r = Fold.keys(ofPhrase: role)
            if !r.isEmpty && keys.count >= r.count && Array(keys.suffix(r.count)) == r { return true }
        }
        return false
    }
}
