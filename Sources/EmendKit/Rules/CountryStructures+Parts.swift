extension CountryStructures {
    /// What ``CountryStructures/init(_:_:)`` finds, without the document: kept in the
    /// document's memo so the second rule on the same text (AbbreviationRule, then
    /// CountryFormRule) does not find it again.
    struct Parts {
        var occurrences: [Occurrence]
        var groups: [Group]
        var groupsByEntity: [Int: [Int]]
        var mentions: [Int: [Range<Int>]]
        var wordPositions: [String: [Int]]
    }
}
