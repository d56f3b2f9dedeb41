import Foundation
@testable import EmendKit
import Testing

/// CLDR's territory names, on lines in the format of CLDR's locale files written for these
/// tests, and (where Debian's unicode-cldr-core is installed) in the editions' automata.
@Suite struct CLDRTerritoriesTests {
    static let sample = """
        <territories>
        \t\t\t<territory type="001">Monde</territory>
        \t\t\t<territory type="CI">Côte d’Ivoire</territory>
        \t\t\t<territory type="CI" alt="variant">\u{200B}République de Côte d’Ivoire</territory>
        \t\t\t<territory type="CD">Congo-Kinshasa</territory>
        \t\t\t<territory type="CD" alt="variant">Congo (RDC)</territory>
        \t\t\t<territory type="GB" alt="short">R.-U.</territory>
        \t\t\t<territory type="HK">Hong Kong - Chine</territory>
        \t\t\t<territory type="MM">Myanmar (Birmanie)</territory>
        \t\t\t<territory type="TT">Trinité-et-Tobago</territory>
        \t\t\t<territory type="KN">Saint-Christophe &amp; Niévès</territory>
        \t\t\t<territory type="US" alt="short">US</territory>
        </territories>
        """

    @Test func namesAreReadWithTheirAlternativesAndWithoutDisambiguations() {
        let names = CLDRTerritories.territories(in: Self.sample, and: "et")
        #expect(names.map(\.0) == ["CI", "CI", "CD", "CD", "GB", "MM", "MM", "TT", "KN"])
        #expect(names.map(\.1) == ["Côte d'Ivoire", "République de Côte d'Ivoire", "Congo-Kinshasa", "Congo", "R.-U.",
                                   "Myanmar", "Birmanie", "Trinité-et-Tobago", "Saint-Christophe et Niévès"])
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: CLDRTerritories.directory + "/fr.xml")))
    func anotherCLDRNameOfACountryIsCorrectInItsEdition() throws {
        let dict = Fixtures.dictionary
        let czech = try #require(dict.entryIndex["Q213"])
        #expect(dict.cldrCodes[czech] == "CZ")
        let keys = Fold.keys(ofPhrase: "République tchèque")
        let found = dict.names(for: "fr").lookup(keys).map { dict.variants[$0] }
        #expect(found.contains { $0.entry == czech && $0.origin.isCorrect })
    }
}

/// ISO 3166-1's names, on JSON in the format of iso-codes written for the test.
@Suite struct ISOCountryCodesTests {
    @Test func invertedAndQualifiedNamesAreAlsoTakenInNaturalOrder() {
        let json = """
            {"3166-1": [
              {"alpha_2": "CD", "name": "Congo, The Democratic Republic of the"},
              {"alpha_2": "VA", "name": "Holy See (Vatican City State)"},
              {"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "South Korea"}
            ]}
            """
        let codes = ISOCountryCodes.codes(json: Data(json.utf8))
        #expect(codes["democratic republic of the congo"] == "CD")
        #expect(codes["holy see"] == "VA")
        #expect(codes["south korea"] == "KR" && codes["republic of korea"] == "KR")
    }
}
