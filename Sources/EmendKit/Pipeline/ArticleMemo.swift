/// What the successive documents of one article share (the pipeline analyses the text
/// again after each edit): results that depend on the dictionaries and a word but not on
/// the text around it, such as the known surnames near a word, found once per article.
///
/// Used by one thread at a time, like the documents that hold it.
final class ArticleMemo: @unchecked Sendable {
    /// The dictionary's fuzzy indexes that are remembered.
    enum Index: Hashable { case surnames, wholeNames }

    private struct Query: Hashable {
        var index: Index
        var key: String
        var distance: Int
    }

    typealias Hits = [(word: String, distance: Int, payloads: [Int])]

    private var dictionary: CompiledDictionary?
    private var found: [Query: Hits] = [:]

    /// `dictionary.surnames.lookup(key, distance:)`, remembered.
    func surnames(near key: String, distance: Int, in dictionary: CompiledDictionary) -> Hits {
        lookup(.surnames, key, distance: distance, in: dictionary)
    }

    /// `dictionary.wholeNames.lookup(key, distance:)`, remembered.
    func wholeNames(near key: String, distance: Int, in dictionary: CompiledDictionary) -> Hits {
        lookup(.wholeNames, key, distance: distance, in: dictionary)
    }

    private func lookup(_ index: Index, _ key: String, distance: Int, in dictionary: CompiledDictionary) -> Hits {
        if self.dictionary !== dictionary {
            self.dictionary = dictionary
            found = [:]
        }
        let q = Query(index: index, key: key, distance: distance)
        if let known = found[q] { return known }
        let hits = (index == .surnames ? dictionary.surnames : dictionary.wholeNames).lookup(key, distance: distance)
        found[q] = hits
        return hits
    }
}
