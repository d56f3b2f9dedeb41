/// Russian names that an entry lacks, made by the standard Russian transcription of the
/// person's language, so that a Russian edition gets the name of its own, not the English
/// one: a Japanese person by Polivanov from the English (Hepburn) name ("Hiromasa Nakano" →
/// "Хиромаса Накано"), a person of mainland China or Taiwan by Palladius from the pinyin of
/// the Chinese name (赖清德 → "Лай Циндэ").
///
/// A name the entry gives always wins. Polivanov from English romanization guesses where a
/// dropped apostrophe or a diphthong was (``Polivanov``), so a few names come out unlike
/// the conventional spelling (Takaichi → Такайти); an entry fixes that with its own `ru`.
enum EditionNames {
    /// How each derived Russian name was made, for `emend dict explain`.
    static let polivanov = "Polivanov Cyrillic of the English name"
    static let palladius = "Palladius Cyrillic of the Chinese name's pinyin"

    /// `set` with the Russian names and surnames its people lack filled in where a
    /// transcription applies; each filled entry records how in ``Entry/derivedNames``.
    static func filled(_ set: DictionarySet) -> DictionarySet {
        var out = set
        for i in out.entries.indices where out.entries[i].kind == .person && out.entries[i].name["ru"] == nil {
            let e = out.entries[i]
            switch e.country {
            case "Q17":
                guard let en = e.name["en"], let ru = Polivanov.name(en) else { continue }
                out.entries[i].name["ru"] = ru
                if let s = e.surname["en"], let rs = Polivanov.name(s) { out.entries[i].surname["ru"] = rs }
                out.entries[i].derivedNames["ru"] = polivanov
            case "Q148", "Q865":
                guard let zh = e.name["zh"], !zh.contains(where: { "·•・‧".contains($0) }),
                      let pinyin = Derivation.pinyin(zh, person: true).first(where: { $0.how.contains("as surname and given name") }),
                      let ru = Palladius.name(pinyin.text) else { continue }
                out.entries[i].name["ru"] = ru
                out.entries[i].derivedNames["ru"] = palladius
            default:
                continue
            }
        }
        return out
    }
}
