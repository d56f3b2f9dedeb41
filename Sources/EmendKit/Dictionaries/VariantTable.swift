import Synchronization

/// Every variant of a ``CompiledDictionary`` by index, the payload of its name automata.
///
/// The English variants are numbered from 0; each edition language's own (its correct
/// names, Russian's Palladius Cyrillic) from ``stride`` times the language's number, and are
/// added when an edition in that language first asks for them.
public final class VariantTable: Sendable {
    /// The first index of the first edition language's variants.
    public static let stride = 1 << 24
    let english: [CompiledDictionary.Variant]
    private let editions = Mutex<[Int: [CompiledDictionary.Variant]]>([:])

    init(_ english: [CompiledDictionary.Variant]) {
        precondition(english.count < Self.stride, "more than \(Self.stride) variants")
        self.english = english
    }

    /// The variant at `index`.
    /// (An English variant is read in place: `variants[i].entry` copies nothing.)
    public subscript(index: Int) -> CompiledDictionary.Variant {
        _read {
            if index < Self.stride {
                yield english[index]
            } else {
                yield editions.withLock { $0[index / Self.stride]![index % Self.stride] }
            }
        }
    }

    /// How many variants there are, the edition languages' built so far included.
    public var count: Int { english.count + editions.withLock { $0.values.reduce(0) { $0 + $1.count } } }

    /// Every variant: the English ones, then each built edition language's.
    public var all: [CompiledDictionary.Variant] {
        english + editions.withLock { e in e.keys.sorted().flatMap { e[$0]! } }
    }

    /// Files the variants of edition language number `language` (0 for the first).
    func add(_ variants: [CompiledDictionary.Variant], language: Int) {
        editions.withLock { $0[language + 1] = variants }
    }
}
