@testable import EmendKit
import Testing

/// The weighted edit distance whose costs come from spellings of one name.
@Suite struct EditCostsTests {
    /// Pairs written for the test: w/v four times, e/a once.
    static let costs = EditCosts.learn([
        ("wladimir", "vladimir"), ("wiktor", "viktor"), ("wasili", "vasili"), ("walentina", "valentina"),
        ("aleksander", "aleksandar"),
    ])

    @Test func frequentCorrespondencesAreCheap() {
        #expect(Self.costs.pairs == 5)
        #expect(Self.costs.cost(UInt8(ascii: "w"), UInt8(ascii: "v")) < Self.costs.cost(UInt8(ascii: "e"), UInt8(ascii: "a")))
        #expect(Self.costs.cost(UInt8(ascii: "e"), UInt8(ascii: "a")) < 1)
        #expect(Self.costs.cost(UInt8(ascii: "k"), UInt8(ascii: "t")) == 1)
        // Substitutions are symmetric.
        #expect(Self.costs.cost(UInt8(ascii: "v"), UInt8(ascii: "w")) == Self.costs.cost(UInt8(ascii: "w"), UInt8(ascii: "v")))
    }

    @Test func theDistanceWeighsEachEdit() {
        #expect(Self.costs.distance("wolodimir", "volodimir") < Self.costs.distance("kolodimir", "volodimir"))
        #expect(Self.costs.distance("volodimir", "volodimir") == 0)
        #expect(Self.costs.distance("volodimir", "volodimi") == 1)
        #expect(Self.costs.distance("", "ab") == 2)
    }

    @Test func pairsTooFarApartTeachNothing() {
        // Two readings of one name, not two spellings: no letter correspondence is learned.
        let c = EditCosts.learn([("xiaoyuanhuisan", "keizoobuchi")])
        #expect(c.pairs == 0)
    }

    @Test func theDictionariesTeachTheirOwnCorrespondences() throws {
        let dict = Fixtures.dictionary
        let costs = dict.editCosts
        #expect(costs.pairs > 100)
        // A dropped h and v/w are among the commonest differences between spellings of one
        // name; k/t is not one.
        let (h, v, k) = (UInt8(ascii: "h"), UInt8(ascii: "v"), UInt8(ascii: "k"))
        #expect(costs.cost(0, h) < 0.5 && costs.cost(v, UInt8(ascii: "w")) < 0.5)
        #expect(costs.cost(k, UInt8(ascii: "t")) > costs.cost(0, h))
    }
}
