@testable import EmendKit
import Testing

/// ``ArticleField``: the field an article's words show, and the field as evidence for a name
/// MT left in the pinyin of its Chinese characters. Articles written for the tests.
@Suite struct ArticleFieldTests {
    static func clean(_ text: String) -> CleanResult {
        var p = Pipeline(context: Fixtures.context)
        p.declaredMT = true
        return p.clean(Article(source: "-", text: text))
    }

    @Test func aFieldNeedsThreeOfItsWords() {
        #expect(ArticleField.fields(of: ["striker", "penalty", "league"]) == [.football])
        #expect(ArticleField.fields(of: ["shares", "profit", "league"]).isEmpty)
        #expect(ArticleField.fields(ofRoles: ["striker", "forward", "footballer"]) == [.football])
        #expect(ArticleField.fields(ofRoles: ["CEO", "chairman"]) == [.business])
        #expect(ArticleField.fields(ofRoles: ["Prime Minister"]).isEmpty)
    }

    @Test func aSportsStarsPinyinIsRepairedInAnArticleAboutTheSport() {
        let football = Self.clean("Meixi scored twice as the club won the league match; the striker's second goal came from a penalty.")
        #expect(String(decoding: football.edition, as: UTF8.self).hasPrefix("Messi scored twice"))
        #expect(football.log.edits.first?.reason.contains("the article is about football") == true)
        // The same name with nothing of football around it is only shown.
        let bare = Self.clean("Meixi arrived on Tuesday and met the mayor.")
        #expect(String(decoding: bare.edition, as: UTF8.self).hasPrefix("Meixi arrived"))
        #expect(bare.log.suggestions.contains { $0.candidates.contains("Messi") })
    }
}
