import EmendKit
import Testing

/// ``Decision``: one test per kind of evidence, on articles written for the tests. The
/// pipeline here decides from the article's own MT traces (no `declaredMT`).
@Suite struct DecisionTests {
    /// A machine-translated article: a Chinese dateline and days without their month.
    static let mt = "Moscow, March 3, the foreign ministry said on the 3rd that talks continue. On the 2nd, officials met."

    static func clean(_ text: String, declared: Bool? = nil, houseStyle: Bool = false) -> CleanResult {
        var p = Pipeline(context: Fixtures.context)
        p.declaredMT = declared
        p.policy.houseStyle = houseStyle
        return p.clean(Article(source: "-", text: text))
    }

    static func model(_ text: String) -> ArticleModel {
        ArticleModel(Document(text, dictionary: Fixtures.dictionary), Fixtures.context)
    }

    @Test func machineTranslationTracesAreFoundAndWeighed() {
        let m = Self.model(Self.mt)
        #expect(m.showsMT)
        #expect(Set(m.fingerprints.map(\.kind)) == [.chineseDateline, .dayWithoutMonth])
        let clean = Self.model("MOSCOW, March 3 (Reuters) - The foreign ministry said on Tuesday that talks would continue on the 5th floor.")
        #expect(!clean.showsMT)
        #expect(clean.mtScore == 0)
    }

    @Test func cjkPunctuationAndLocalTimeAreTraces() {
        let m = Self.model("On May 4, local time, the minister said，the talks went well.")
        #expect(Set(m.fingerprints.map(\.kind)) == [.cjkPunctuation, .localTimeAfterDate])
        #expect(m.showsMT)
    }

    @Test func reportingCalquesAndCountrySidesAreTraces() {
        let m = Self.model("The spokesman pointed out that the Russian side was ready. He emphasized that talks would go on.")
        #expect(m.fingerprints.filter { $0.kind == .reportingCalque }.count == 2)
        #expect(m.fingerprints.contains { $0.kind == .countrySide && $0.text == "the Russian side" })
        #expect(m.showsMT)
        #expect(!Self.model("The spokesman stressed that Russia was ready to talk.").showsMT)
    }

    @Test func withoutTracesOnlyCertainRepairsAreEdits() {
        // Mojibake is wrong on any text; the pinyin "Naka" is only a suggestion here.
        let r = Self.clean("Fighting in Naka resumed, Russia‚Äôs ministry said.")
        #expect(r.editionText == "Fighting in Naka resumed, Russia’s ministry said.")
        #expect(r.log.suggestions.contains { $0.text == "Naka" && $0.reason.contains("so the text may be correct as it is") })
        #expect(r.log.machineTranslation?.shows == false)
    }

    @Test func withTracesTheSameCandidateIsAnEditThatNamesItsEvidence() {
        let r = Self.clean(Self.mt + " Fighting in Naka resumed in Naka.")
        #expect(r.editionText.hasSuffix("Fighting in Nagorno-Karabakh resumed in Nagorno-Karabakh."))
        let edit = r.log.edits.first { $0.before == "Naka" }
        #expect(edit?.reason.contains("MT traces") == true)
        #expect(edit?.reason.contains("it occurs 2 times") == true)
    }

    @Test func anEnglishWordIsOnlyASuggestionEvenInMT() {
        // "Kate" is pinyin of 卡特 (Carter) and a given name.
        let r = Self.clean(Self.mt + " Officials said Kate spoke.")
        #expect(r.editionText.hasSuffix("Officials said Kate spoke."))
        #expect(r.log.suggestions.contains { $0.text == "Kate" && $0.reason.contains("English word or name") })
    }

    @Test func aCollocationWordNetListsIsNoName() {
        let r = Self.clean(Self.mt + " They ate brussels sprouts.")
        #expect(r.editionText.hasSuffix("They ate brussels sprouts."))
    }

    @Test func aStandardRomanizationStaysInEditedTextUnlessHouseStyleIsAsked() {
        let text = "Defense Minister Sergei Shoygu visited the troops."
        #expect(Self.clean(text).editionText == text)
        #expect(Self.clean(text).log.suggestions.isEmpty)
        #expect(Self.clean(text, houseStyle: true).editionText == "Defense Minister Sergei Shoigu visited the troops.")
        #expect(Self.clean(text, declared: true).editionText == "Defense Minister Sergei Shoigu visited the troops.")
    }

    @Test func urlsAddressesAndHandlesAreNeverEdited() {
        let text = "See www.news.cn/wen-zaiyin-visit and mail naka@example.org or @Naka_news about Naka."
        let r = Self.clean(text, declared: true)
        #expect(r.editionText == "See www.news.cn/wen-zaiyin-visit and mail naka@example.org or @Naka_news about Nagorno-Karabakh.")
        let spans = ProtectedSpans.find(in: Array(text.utf8))
        #expect(spans.count == 3)
    }

    @Test func aMisrenderingThatNeedsACountryWaitsForIt() {
        // 国务委员会 is North Korea's State Affairs Commission; China's 国务院 is the State Council.
        let korea = "North Korea: In Pyongyang, North Korea, the State Council of North Korea met."
        #expect(Self.clean(korea, declared: true).editionText.contains("State Affairs Commission"))
        let china = "China: In Beijing, China, the State Council of China met."
        #expect(Self.clean(china, declared: true).editionText == china)
    }

    @Test func aCapitalInAHeadlineOrQuotationStays() {
        let headline = "Minister Says Talks Will Resume\nThe minister said on the 3rd that talks continue. On the 2nd, officials met."
        #expect(Self.clean(headline, declared: true).editionText == headline)
    }

    @Test func aLowercaseCountryAfterAPrepositionIsTheCountry() {
        let r = Self.clean(Self.mt + " The envoy came to china, and left.")
        #expect(r.editionText.hasSuffix("The envoy came to China, and left."))
        let r2 = Self.clean(Self.mt + " The plates were fine china and silver.")
        #expect(r2.editionText.hasSuffix("The plates were fine china and silver."))
    }

    /// The pinyin of a foreign person's name may be an ordinary Chinese name: it is repaired
    /// only where the article names the person's country (文在寅 "Wen Zaiyin" is Moon Jae-in).
    @Test func aPersonsPinyinNeedsTheirCountryInTheArticle() {
        let china = Self.clean(Self.mt + " Wen Zaiyin, a Chinese economist, spoke in Beijing.")
        #expect(china.editionText.contains("Wen Zaiyin"))
        #expect(china.log.suggestions.contains { $0.text == "Wen Zaiyin" && $0.reason.contains("names neither the person's country") })
        let korea = Self.clean(Self.mt + " South Korea's president Wen Zaiyin spoke in Seoul.")
        #expect(korea.editionText.contains("South Korea's president Moon Jae-in spoke"))
    }

    /// Another romanization of a person's whole name is someone else's name too: it needs the
    /// person's country (or name, or role) in the article, not only its own repetition.
    @Test func aRomanizationVariantNeedsThePersonsCountry() {
        let alone = Self.clean(Self.mt + " Kim Jeong-eun spoke. Kim Jeong-eun left.")
        #expect(alone.editionText.contains("Kim Jeong-eun spoke"))
        #expect(alone.log.suggestions.contains { $0.text == "Kim Jeong-eun" && $0.reason.contains("another romanization") })
        let korea = Self.clean(Self.mt + " North Korea's leader Kim Jeong-eun spoke.")
        #expect(korea.editionText.contains("North Korea's leader Kim Jong Un spoke"))
        #expect(korea.log.edits.contains { $0.reason.contains("another romanization of a known name") && $0.reason.contains("the article names North Korea") })
    }

    @Test func declaredEditedTextGetsOnlyCertainRepairs() {
        let r = Self.clean(Self.mt + " Fighting in Naka resumed.", declared: false)
        #expect(r.log.edits.isEmpty)
        #expect(r.log.machineTranslation?.evidence == "declared edited, not machine-translated")
    }

    /// Each kind of evidence against a candidate, decided on its own in an MT article.
    @Test(arguments: [
        Evidence.Against.englishWord("Kate"), .otherEntity("claimed by more than one entry"), .contextMissing,
        .oneWordName, .editionPractice, .titleCase, .quotation,
    ])
    func evidenceAgainstMakesASuggestion(_ against: Evidence.Against) {
        let text = Self.mt + " Kate left."
        let (verdict, because) = Decision.decide(Evidence(.derivedPinyin, against: [against]), range: 0..<4, surface: "Kate",
                                                 model: Self.model(text), dictionary: Fixtures.dictionary)
        #expect(verdict == .suggest)
        #expect(because.contains(against.description))
    }

    /// Each source, with no evidence against it, in an MT article and in edited text.
    @Test(arguments: [
        (Evidence.Source.encoding, Decision.Verdict.edit, Decision.Verdict.edit),
        (.typography, .edit, .edit),
        (.curatedMisrendering, .edit, .suggest),
        (.literalTranslation, .edit, .suggest),
        (.shortFormPinyin, .edit, .suggest),
        (.derivedPinyin, .edit, .suggest),
        (.lostCapitals, .edit, .suggest),
        (.countryForm, .edit, .suggest),
        (.misreadShortForm, .edit, .suggest),
        (.nearMiss(distance: 1), .suggest, .suggest),   // a near miss needs support
    ])
    func sourcesAreDecidedByTheArticle(_ source: Evidence.Source, inMT: Decision.Verdict, inEdited: Decision.Verdict) {
        let mt = Decision.decide(Evidence(source), range: 0..<4, surface: "Xyzw", model: Self.model(Self.mt), dictionary: Fixtures.dictionary)
        let edited = Decision.decide(Evidence(source), range: 0..<4, surface: "Xyzw",
                                     model: Self.model("The ministry said on Tuesday that talks continue."), dictionary: Fixtures.dictionary)
        #expect(mt.0 == inMT)
        #expect(edited.0 == inEdited)
    }

    @Test func aNearMissWithARoleBesideItIsAnEdit() {
        let (verdict, because) = Decision.decide(Evidence(.nearMiss(distance: 1), supports: [.roleBeside("President")]), range: 0..<4,
                                                 surface: "Xyzw", model: Self.model(Self.mt), dictionary: Fixtures.dictionary)
        #expect(verdict == .edit)
        #expect(because.contains("the role 'President' stands before it"))
    }

    @Test func aProtectedSpanDropsEvenACertainRepair() {
        let text = "Read https://example.org/Russia‚Äôs-page now."
        let start = Array(text.utf8).firstIndex(of: UInt8(ascii: "R"))!
        let (verdict, _) = Decision.decide(Evidence(.encoding), range: start..<(start + 6), surface: "Russia",
                                           model: Self.model(text), dictionary: Fixtures.dictionary)
        #expect(verdict == .drop)
    }

    @Test func aRomanizationInEditedTextIsLeftAloneAndWithHouseStyleRespelled() {
        let edited = Self.model("The ministry said on Tuesday that talks continue.")
        let e = Evidence(.derivedRomanization, supports: [.roleBeside("Defense Minister")], against: [.alternativeSpelling])
        #expect(Decision.decide(e, range: 0..<4, surface: "Shoygu", model: edited, dictionary: Fixtures.dictionary).0 == .drop)
        #expect(Decision.decide(e, range: 0..<4, surface: "Shoygu", model: edited, dictionary: Fixtures.dictionary,
                                policy: .init(houseStyle: true)).0 == .edit)
        #expect(Decision.decide(e, range: 0..<4, surface: "Shoygu", model: Self.model(Self.mt), dictionary: Fixtures.dictionary).0 == .edit)
    }
}
