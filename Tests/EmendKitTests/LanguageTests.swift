import EmendKit
import Testing

@Suite struct LanguageTests {
    let detector = LanguageDetector(dictionary: Fixtures.dictionary)

    @Test(arguments: [
        ("The ministers said on Monday that the talks with Russia will go on.", "en"),
        ("Les ministres ont déclaré lundi que les pourparlers avec la Russie se poursuivront.", "fr"),
        ("Die Minister sagten am Montag, dass die Gespräche mit Russland weitergehen.", "de"),
        ("Los ministros dijeron el lunes que las conversaciones con Rusia seguirán.", "es"),
        ("Министры заявили в понедельник, что переговоры с Россией продолжатся.", "ru"),
    ])
    func detectsTheEditionsLanguage(_ text: String, _ language: String) {
        let guess = detector.guess(Tokenizer.tokenize(text))
        #expect(guess.language == language && guess.confidence > 0.5)
    }

    @Test func otherLanguagesGetTheirOwnNamesAndNoEnglishRules() {
        // The French name, not the English one; the English verb rule does not run.
        let text = "Les combats au Naka ont repris, selon les forces armÃ©es de la Russie Dispatched."
        let result = Fixtures.pipeline.clean(Article(source: "-", text: text))
        #expect(result.editionText == "Les combats au Haut-Karabakh ont repris, selon les forces armées de la Russie Dispatched.")
        #expect(result.log.language == "fr")
    }

    @Test func theLanguageCanBeGiven() {
        var pipeline = Fixtures.pipeline
        pipeline.language = "en"
        let result = pipeline.clean(Article(source: "-", text: "Le Naka."))
        #expect(result.editionText == "Le Nagorno-Karabakh." && result.log.language == "en" && result.log.languageConfidence == 1)
    }
}
