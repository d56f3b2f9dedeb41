import EmendKit
import Foundation
import Testing

@Suite struct ICUTests {
    @Test(arguments: ["Türkiye", "Çavuşoğlu", "e\u{301}cole", "ﬁle", "Ａ"])
    func nfcAgreesWithFoundation(_ text: String) throws {
        #expect(try ICU.normalize(text, .nfc) == text.precomposedStringWithCanonicalMapping)
        #expect(try ICU.normalize(text, .nfd) == text.decomposedStringWithCanonicalMapping)
        #expect(try ICU.normalize(text, .nfkc) == text.precomposedStringWithCompatibilityMapping)
    }

    @Test func nfkcFoldsFullWidthPunctuationAndCase() throws {
        #expect(try ICU.normalize("（SCO），：", .nfkc) == "(SCO),:")
        #expect(try ICU.normalize("Straße ＮＡＴＯ", .nfkcCasefold) == "strasse nato")
    }

    @Test func caseMappingIsLocaleAware() throws {
        #expect(try ICU.lowercase("TITLE", locale: "tr") == "tıtle")
        #expect(try ICU.lowercase("TITLE", locale: "en") == "title")
        #expect(try ICU.uppercase("istanbul", locale: "tr") == "İSTANBUL")
        #expect(try ICU.uppercase("straße", locale: "de") == "STRASSE")
        #expect(try ICU.titlecase("nagorno karabakh") == "Nagorno Karabakh")
        #expect(try ICU.foldCase("NATO Straße") == "nato strasse")
        #expect(try ICU.foldCase("I", locale: "tr") == "ı")
    }

    @Test func hanLatinRomanizesTheShortFormOfNagornoKarabakh() throws {
        #expect(try ICU.transliterate("纳卡", id: "Han-Latin") == "nà kǎ")
        #expect(try ICU.transliterate("纳卡", id: "Han-Latin; Latin-ASCII") == "na ka")
    }

    @Test func bgnRomanizesRudskoy() throws {
        #expect(try ICU.transliterate("Рудской", id: "Russian-Latin/BGN") == "Rudskoy")
        #expect(try ICU.transliterate("Çavuşoğlu", id: "Latin-ASCII") == "Cavusoglu")
    }

    @Test func unknownTransformIsAnICUErrorWithItsName() {
        #expect {
            _ = try ICU.transliterate("x", id: "Klingon-Latin")
        } throws: { error in
            (error as? ICUError)?.name == "U_INVALID_ID"
        }
    }

    @Test func longOutputsRetryOnOverflow() throws {
        let text = String(repeating: "纳卡", count: 2000)
        let latin = try ICU.transliterate(text, id: "Han-Latin; Latin-ASCII")
        #expect(latin.count > text.count * 2)
    }

    @Test func sentenceAndWordBoundaries() throws {
        #expect(try ICU.sentences("He left. She stayed.\nNew line") == ["He left. ", "She stayed.\n", "New line"])
        #expect(try ICU.words("Russia’s Nagorno-Karabakh talks，which") == ["Russia’s", "Nagorno", "Karabakh", "talks", "which"])
    }

    @Test func scriptOfRuns() {
        #expect(ICU.script(of: "丝路同行，友谊长青") == "Han")
        #expect(ICU.script(of: "Рудской") == "Cyrillic")
        #expect(ICU.script(of: "Naka, 2020!") == "Latin")
        #expect(ICU.script(of: "12, 34") == "Common")
    }

    @Test func convertersRepairMojibake() throws {
        #expect(ICU.reinterpretAsUTF8("Russia‚Äôs", misreadAs: "macintosh") == "Russia’s")
        #expect(ICU.reinterpretAsUTF8("Russiaâ€™s", misreadAs: "windows-1252") == "Russia’s")
        #expect(ICU.reinterpretAsUTF8("São", misreadAs: "windows-1252") == nil)
        #expect(throws: ICUError.self) { try ICU.encode("纳", charset: "windows-1252") }
    }

    @Test func confusableSkeletonsMatchLookalikes() throws {
        #expect(try ICU.confusableSkeleton("pаypal") == ICU.confusableSkeleton("paypal"))
    }

    @Test func versionIsICUs() {
        #expect(ICU.version.split(separator: ".").count >= 2)
    }
}
