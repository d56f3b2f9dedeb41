/// What the successive documents of one article share (the pipeline analyses the text
/// again after each edit): results that depend on the dictionaries and a word but not on
/// the text around it, such as the known surnames near a word, found once per article.
///
/// Used by one thread at a time, like the documents that hold it.
final class ArticleMemo: @unchecked Sendable {
    private struct Query: Hashable {
        var key: String
        var distance: Int
    }

    private var dictionary: CompiledDictionary?
    private var surnames: [Query: [(word: String, distance: Int, payloads: [Int])]] = [:]

    /// `dictionary.surnames.lookup(key, distance:)`, remembered.
    func surnames(near key: String, distance: Int, in dictionary: CompiledDictionary) -> [(word: String, distance: Int, payloads: [Int])] {
        if self.dictionary !== dictionary {
            self.dictionary = dictionary
            surnames = [:]
        }
        let q = Query(key: key, distance: distance)
        if let known = surnames[q] { return known }
        let found = dictionary.surnames.lookup(key, distance: distance)
        surnames[q] = found
        return found
    }
}
