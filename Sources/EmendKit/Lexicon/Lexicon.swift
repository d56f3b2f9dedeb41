import Foundation

/// English word knowledge from maintained Debian packages: WordNet (`wordnet-base`) for
/// parts of speech and irregular forms, and a spelling list (`wamerican`) for which words
/// are common lower-case words.
///
/// Emend ships no hand-made word list; `.ci/run` installs both packages.
public final class Lexicon: Sendable {
    /// Words the spelling list has in lower case ("turkey", "said").
    let lowercaseWords: WordTable
    /// Words the spelling list has only capitalized ("Turkey" without "turkey" counts in both).
    let capitalizedWords: WordTable
    let nouns: WordTable
    let verbs: WordTable
    let adjectives: WordTable
    /// WordNet's multi-word nouns, space-separated ("brussels sprouts", "french fries").
    let collocations: WordTable
    /// WordNet's adverbs (`index.adv`); empty when the file is missing.
    let adverbs: WordTable
    /// Irregular verb forms to lemmas ("said" → "say", "is" → "be").
    let verbExceptions: [String: String]
    let nounExceptions: [String: String]

    /// Where the word lists were read from, for messages.
    public let sources: [String]

    /// Reads the lists; nil when a file is missing.
    /// - Parameters:
    ///   - wordnet: WordNet's dictionary folder (`index.noun`, `verb.exc`, ...).
    ///   - wordlist: a spelling list, one word a line.
    public init?(wordnet: String = Lexicon.defaultWordNet, wordlist: String = Lexicon.defaultWordList) {
        func lemmas(_ file: String) -> WordTable? { LexiconFile.lemmas(wordnet + "/" + file) }
        func exceptions(_ file: String) -> [String: String]? { LexiconFile.exceptions(wordnet + "/" + file) }
        var lower = WordTable(minimumCapacity: 1 << 17), capital = WordTable(minimumCapacity: 1 << 15)
        let readWords = LexiconFile.forEachLine(wordlist) { w in
            if let b = w.first, b < 0x80 {
                if b >= 0x41 && b <= 0x5A { capital.insert(bytes: w) } else { lower.insert(bytes: w) }
                return
            }
            let word = String(decoding: w, as: UTF8.self)
            guard let f = word.unicodeScalars.first else { return }
            if f.properties.isUppercase { capital.insert(word) } else { lower.insert(word) }
        }
        var collocations: WordTable? = WordTable(minimumCapacity: 1 << 16)
        guard readWords, let nouns = LexiconFile.lemmas(wordnet + "/index.noun", collocations: &collocations), let verbs = lemmas("index.verb"),
              let adjectives = lemmas("index.adj"), let vexc = exceptions("verb.exc"), let nexc = exceptions("noun.exc")
        else { return nil }
        self.lowercaseWords = lower
        self.capitalizedWords = capital
        self.nouns = nouns
        self.collocations = collocations ?? WordTable(minimumCapacity: 16)
        self.verbs = verbs
        self.adjectives = adjectives
        self.adverbs = lemmas("index.adv") ?? WordTable(minimumCapacity: 16)
        self.verbExceptions = vexc
        self.nounExceptions = nexc
        self.sources = [wordnet, wordlist]
    }

    public static var defaultWordNet: String { ProcessInfo.processInfo.environment["EMEND_WORDNET"] ?? "/usr/share/wordnet" }
    public static var defaultWordList: String { ProcessInfo.processInfo.environment["EMEND_WORDLIST"] ?? "/usr/share/dict/words" }

    /// The system lexicon, read once.
    public static let system: Lexicon? = Lexicon()

    /// True when WordNet lists `phrase` (words separated by single spaces, any case) as a
    /// noun of several words: "brussels sprouts" is a vegetable before it is a name.
    public func isCollocation(_ phrase: String) -> Bool { collocations.contains(phrase.lowercased()) }

    /// True when `word` (any case) is an ordinary lower-case English word.
    public func isCommonWord(_ word: String) -> Bool {
        // An ASCII word is lower-cased on the stack, without a new string.
        if word.utf8.count <= 64, word.utf8.allSatisfy({ $0 < 0x80 }) {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: word.utf8.count) { buffer in
                var n = 0
                for b in word.utf8 {
                    buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
                return lowercaseWords.number(ofASCII: UnsafeBufferPointer(buffer)) != nil
            }
        }
        return lowercaseWords.contains(word.lowercased())
    }

    /// True when the spelling list has `word` capitalized exactly as given ("Said" is not; "Turkey" is).
    public func isListedCapitalized(_ word: String) -> Bool { capitalizedWords.contains(word) }

    /// Regular verb endings and what they replace (WordNet's morphology), in order.
    static let verbEndings = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]
    /// Regular noun plural endings and what they replace, in order.
    static let nounEndings = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")]

    /// True when `word` (lower case) is a form of a WordNet verb, by WordNet's own
    /// morphology: irregular forms from `verb.exc`, else the regular endings
    /// -s, -ies, -es, -ed, -ing.
    public func isVerbForm(_ word: String) -> Bool {
        if verbs.contains(word) || verbExceptions[word] != nil { return true }
        for (suffix, ending) in Self.verbEndings
        where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            if verbs.contains(String(word.dropLast(suffix.count)) + ending) { return true }
        }
        return false
    }

    /// True when `word` is a past-tense or past-participle verb form ("signed", "said").
    public func isPastVerbForm(_ word: String) -> Bool {
        if let lemma = verbExceptions[word], lemma != word, !word.hasSuffix("s"), !word.hasSuffix("ing") { return true }
        guard word.hasSuffix("ed"), word.count > 3 else { return false }
        return verbs.contains(String(word.dropLast(2))) || verbs.contains(String(word.dropLast(1)))
            || (word.hasSuffix("ied") && verbs.contains(String(word.dropLast(3)) + "y"))
    }

    /// True when WordNet lists `word` (lower case) as an adjective.
    public func isAdjective(_ word: String) -> Bool { adjectives.contains(word) }

    /// True when WordNet lists `word` (lower case) as an adverb ("there", "today").
    public func isAdverb(_ word: String) -> Bool { adverbs.contains(word) }

    /// True when `word` (lower case) is a WordNet noun or a regular or irregular plural of one.
    public func isNounForm(_ word: String) -> Bool {
        if nouns.contains(word) { return true }
        // An irregular verb form ("is", "has") is not read as a plural ("i", "ha").
        if verbExceptions[word] != nil { return false }
        if nounExceptions[word] != nil { return true }
        for (suffix, ending) in Self.nounEndings
        where word.hasSuffix(suffix) && word.count > suffix.count + 1 {
            if nouns.contains(String(word.dropLast(suffix.count)) + ending) { return true }
        }
        return false
    }
}
