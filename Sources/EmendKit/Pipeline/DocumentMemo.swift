/// Results that more than one rule computes from the same document and dictionaries
/// (such as ``CountryStructures``), kept with the document so the second rule reuses them.
///
/// A value stored here must not refer to its document: that would be a reference cycle.
struct DocumentMemo {
    private struct Stored {
        let dictionary: CompiledDictionary
        let value: Any
    }

    private var values: [ObjectIdentifier: Stored] = [:]

    /// The value of type `T` stored for `dictionary`, if any.
    func value<T>(_ type: T.Type, for dictionary: CompiledDictionary) -> T? {
        guard let s = values[ObjectIdentifier(type)], s.dictionary === dictionary else { return nil }
        return s.value as? T
    }

    mutating func store<T>(_ value: T, for dictionary: CompiledDictionary) {
        values[ObjectIdentifier(T.self)] = Stored(dictionary: dictionary, value: value)
    }
}
