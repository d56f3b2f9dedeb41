/// What kind of machine-translation artifact an edit repairs.
public enum Category: String, Codable, Sendable, CaseIterable, Comparable {
    case mojibake
    case punctuation
    case pinyinName = "pinyin-name"
    case personName = "person-name"
    case orgName = "org-name"
    case placeName = "place-name"
    case variantSpelling = "variant-spelling"
    case abbreviation
    case countryForm = "country-form"
    case casing

    public static func < (a: Category, b: Category) -> Bool { a.rawValue < b.rawValue }
}
