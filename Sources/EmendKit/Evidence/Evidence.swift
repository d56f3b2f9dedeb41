/// What a candidate repair rests on: where it came from, what in the article supports it
/// and what speaks against it. Rules attach it to every proposal; ``Decision`` alone turns
/// it, with the ``ArticleModel``, into an edit, a suggestion or nothing, and the change
/// log's reason names it.
public struct Evidence: Sendable, Equatable {
    /// Where the candidate came from.
    public enum Source: Sendable, Equatable {
        /// Bytes decoded with the wrong encoding: wrong on any text.
        case encoding
        /// CJK punctuation between Latin words: wrong on any English text.
        case typography
        /// A dictionary entry lists the text as a known MT misrendering.
        case curatedMisrendering
        /// A word-by-word translation of a body's Chinese name, listed in its entry.
        case literalTranslation
        /// A gazetteer (bulk layer) variant.
        case gazetteer
        /// Pinyin of a Chinese short form ("Naka" for 纳卡).
        case shortFormPinyin
        /// Pinyin of a name's Chinese characters ("Yin Xiyue" for 尹锡悦).
        case derivedPinyin
        /// A romanization of a native-script name (BGN/PCGN, ASCII folds).
        case derivedRomanization
        /// The Mandarin reading of a name that a name dictionary of another language lists
        /// (a Japanese person's kanji in ENAMDICT, a Korean place's hanja in libhangul's):
        /// "Anbei Jinsan" for 安倍晋三.
        case readingBridge
        /// Edit distance to a known name.
        case nearMiss(distance: Int)
        /// Another romanization of a known whole name (the same ``WholeNameKey``, or one
        /// edit from it): "Kim Jeong-eun" for Kim Jong Un.
        case romanizationVariant(distance: Int)
        /// A known name, or a country, written without its capitals.
        case lostCapitals
        /// A capital that stands where no name is (a verb in mid-sentence).
        case strayCapital
        /// A Chinese one-character short form read literally or as the wrong country.
        case misreadShortForm
        /// A country adjective standing for the country itself.
        case countryForm
        /// A name that disagrees with the known acronym in brackets after it.
        case acronymAgreement
        /// A body's name as MT renders it in an article about one country.
        case bodyInCountry
        /// A space a web page lost before a name ("asKim Jong Un").
        case lostSpace
        /// Locale typography asked for with `--typography`.
        case requestedTypography

        public var isRomanizationVariant: Bool { if case .romanizationVariant = self { true } else { false } }

        /// Repairs that are right on any text, MT or not.
        public var isCertain: Bool { self == .encoding || self == .typography || self == .requestedTypography }

        /// Words for the change log.
        public var description: String {
            switch self {
            case .encoding: "an encoding error"
            case .typography: "CJK punctuation in Latin text"
            case .curatedMisrendering: "a known MT misrendering"
            case .literalTranslation: "a word-by-word translation of a Chinese name"
            case .gazetteer: "a gazetteer variant"
            case .shortFormPinyin: "pinyin of a Chinese short form"
            case .derivedPinyin: "pinyin of a Chinese name"
            case .derivedRomanization: "a romanization of a native name"
            case .readingBridge: "the Mandarin reading of a Japanese or Korean name a name dictionary lists"
            case .nearMiss(let d): "a near miss (\(d) edit\(d == 1 ? "" : "s")) of a known name"
            case .romanizationVariant(0): "another romanization of a known name"
            case .romanizationVariant(let d): "another romanization of a known name, \(d) edit\(d == 1 ? "" : "s") from it"
            case .lostCapitals: "a name without its capitals"
            case .strayCapital: "a capital where no name is"
            case .misreadShortForm: "a misread Chinese short form"
            case .countryForm: "a country adjective standing for the country"
            case .acronymAgreement: "a name that disagrees with its acronym"
            case .bodyInCountry: "a body's name as MT renders it for this country"
            case .lostSpace: "a space lost before a name"
            case .requestedTypography: "typography asked for"
            }
        }
    }

    /// What in the article supports the candidate.
    public enum Support: Sendable, Equatable, Hashable {
        /// The entity's canonical name occurs elsewhere in the article.
        case canonicalElsewhere(String)
        /// The article names the entity's country (or the entity) elsewhere.
        case countryInArticle(String)
        /// A role word that fits the entity stands right before it ("President").
        case roleBeside(String)
        /// The context the dictionary entry requires is there.
        case entryContext
        /// The same candidate occurs more than once in the article.
        case repeated(Int)
        /// The rule's own structure holds (a coordination of country names, an acronym).
        case structure(String)
        /// The article is about the field the person's roles put the person in (``ArticleField``).
        case field(String)

        public var description: String {
            switch self {
            case .canonicalElsewhere(let n): "the article also writes \(n)"
            case .countryInArticle(let c): "the article names \(c)"
            case .roleBeside(let r): "the role '\(r)' stands before it"
            case .entryContext: "the context its dictionary entry requires is there"
            case .repeated(let n): "it occurs \(n) times"
            case .structure(let s): s
            case .field(let f): "the article is about \(f), the person's field"
            }
        }
    }

    /// What speaks against the candidate.
    public enum Against: Sendable, Equatable, Hashable {
        /// The text is an ordinary English word, a name the spelling list knows, or a
        /// collocation WordNet lists.
        case englishWord(String)
        /// The text is also a correct name of another entity, or more than one entry claims it.
        case otherEntity(String)
        /// A spelling that careful outlets use (an alias, a standard romanization).
        case alternativeSpelling
        /// The context its dictionary entry requires is missing.
        case contextMissing
        /// One romanized word also names ships, papers and firms ("Moskva").
        case oneWordName
        /// The edition's press writes such names several ways (a place's BGN form in French).
        case editionPractice
        /// In a headline or title-case line, where capitals are the style.
        case titleCase
        /// Inside a quotation.
        case quotation
        /// A near miss by letters that spellings of one name in the dictionaries rarely differ by.
        case unusualEdit(String)
        /// Inside a URL, e-mail address, handle, hashtag, file path or code.
        case protected
        /// One word in capitals, the shape of an acronym ("ATA"), not of a name's pinyin.
        case acronymShape

        public var description: String {
            switch self {
            case .englishWord(let w): "'\(w)' is also an English word or name"
            case .otherEntity(let n): "it is also \(n)"
            case .alternativeSpelling: "it is a spelling careful outlets use"
            case .contextMissing: "the context its dictionary entry requires is missing"
            case .oneWordName: "one romanized word also names ships, papers and firms"
            case .editionPractice: "this edition's press writes it several ways"
            case .titleCase: "it stands in a headline or title-case line"
            case .quotation: "it stands in a quotation"
            case .unusualEdit(let ops): "spellings of one name rarely differ as it does (\(ops))"
            case .protected: "it stands in a URL, address, handle or code"
            case .acronymShape: "it is written in capitals, as an acronym is"
            }
        }
    }

    public var source: Source
    public var supports: [Support]
    public var against: [Against]
    /// The dictionary entry the candidate names (index into the compiled entries), if any.
    public var entry: Int?

    public init(_ source: Source, supports: [Support] = [], against: [Against] = [], entry: Int? = nil) {
        self.source = source
        self.supports = supports
        self.against = against
        self.entry = entry
    }
}
