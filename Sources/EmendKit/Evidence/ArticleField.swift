/// The field an article is about (football, tennis, business…), found from its own words, and
/// the field a person's roles put the person in. A sports star's or a chief executive's name
/// that MT left in pinyin ("Meixi" for 梅西, Messi) names no country and no role beside it, but
/// an article about football that writes "Meixi" is about Messi: the field is evidence.
public enum ArticleField: String, CaseIterable, Sendable {
    case football, tennis, basketball, motorRacing = "motor racing", swimming, boxing, golf, cycling, chess, business, entertainment

    /// Role words of dictionary entries that put a person in the field (compared folded).
    var roles: Set<String> {
        switch self {
        case .football: ["footballer", "striker", "midfielder", "defender", "goalkeeper", "winger"]
        case .tennis: ["tennis player"]
        case .basketball: ["basketball player"]
        case .motorRacing: ["formula one driver", "f1 driver"]
        case .swimming: ["swimmer"]
        case .boxing: ["boxer"]
        case .golf: ["golfer"]
        case .cycling: ["cyclist"]
        case .chess: ["chess player", "grandmaster"]
        case .business: ["ceo", "chief executive", "founder", "co-founder"]
        case .entertainment: ["actor", "actress", "singer", "musician"]
        }
    }

    /// Words an article in the field writes and others seldom do (folded keys); an article
    /// is in the field when it writes at least ``threshold`` different ones.
    var words: Set<String> {
        switch self {
        case .football: ["football", "soccer", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "penalty",
                         "league", "uefa", "fifa", "stadium", "equaliser", "equalizer", "winger", "laliga", "bundesliga", "scored"]
        case .tennis: ["tennis", "slam", "atp", "wta", "wimbledon", "seeded", "tiebreak", "tiebreaker", "sets", "semifinal", "quarterfinal"]
        case .basketball: ["basketball", "nba", "wnba", "rebounds", "assists", "playoffs", "dunk", "pointer"]
        case .motorRacing: ["formula", "prix", "podium", "laps", "qualifying", "circuit", "pit", "pole"]
        case .swimming: ["swimming", "swimmer", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "pool"]
        case .boxing: ["boxing", "boxer", "bout", "knockout", "heavyweight", "welterweight", "ring"]
        case .golf: ["golf", "golfer", "pga", "birdie", "bogey", "putt", "fairway"]
        case .cycling: ["cycling", "cyclist", "peloton", "jersey", "sprint", "tour", "stage"]
        case .chess: ["chess", "grandmaster", "fide", "checkmate", "opening", "endgame"]
        case .business: ["shares", "profit", "profits", "revenue", "earnings", "investors", "stock", "quarterly", "ipo",
                         "valuation", "shareholders", "ceo", "company", "sales", "startup"]
        case .entertainment: ["film", "movie", "album", "concert", "song", "actor", "actress", "premiere", "oscar", "drama", "box"]
        }
    }

    static let threshold = 3
    /// Every field's words, to collect an article's in one pass.
    static let anyWord: Set<String> = allCases.reduce(into: Set<String>()) { $0.formUnion($1.words) }

    /// The fields whose words `keys` (an article's folded word keys) show.
    static func fields(of keys: Set<String>) -> Set<ArticleField> {
        Set(allCases.filter { $0.words.intersection(keys).count >= threshold })
    }

    /// The fields a person's roles put the person in.
    static func fields(ofRoles roles: [String]) -> Set<ArticleField> {
        let folded = Set(roles.map { Fold.phraseKey($0) })
        return Set(allCases.filter { !$0.roles.isDisjoint(with: folded) })
    }
}
