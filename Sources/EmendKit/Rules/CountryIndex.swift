/// Look-up tables over a document's ``CountryStructures``, built on first use, that keep
/// the per-occurrence questions of the abbreviation rule from scanning the whole document
/// each time (quadratic on a long text): the groups each occurrence stands in, each
/// entity's mentions sorted by position, and the ranges beside a set of partners.
///
/// Used by one thread at a time, like the structures that hold it.
final class CountryIndex: @unchecked Sendable {
    private var groupsOf: [Int: [Int]]? = nil
    private var sortedMentions: [Int: (ranges: [Range<Int>], longest: Int)] = [:]
    private struct BesideKey: Hashable {
        var entity: Int
        var partners: Set<Int>
    }
    private var beside: [BesideKey: [Range<Int>]] = [:]
    /// What names a set of ranges that many questions share: an entity's places beside a
    /// set of partners, or the occurrences of one collocation.
    enum RangesKey: Hashable {
        case beside(Set<Int>)
        case collocation(AbbreviationRule.CollocationKey)
    }
    private struct OutsideKey: Hashable {
        var entity: Int
        var ranges: RangesKey
    }
    /// An entity's mentions outside a set of ranges that many questions share, by a key
    /// for that set: sorted, with the longest one's length.
    private var outside: [OutsideKey: (ranges: [Range<Int>], longest: Int)] = [:]

    /// The indexes of the groups holding occurrence `o`, in order.
    func groups(containing o: Int, in groups: [CountryStructures.Group]) -> [Int] {
        if groupsOf == nil {
            var index: [Int: [Int]] = [:]
            for (gi, g) in groups.enumerated() { for m in g.members { index[m, default: []].append(gi) } }
            groupsOf = index
        }
        return groupsOf?[o] ?? []
    }

    /// How many of `mentions` overlap none of `excluding`.
    func evidence(_ entity: Int, excluding: [Range<Int>], mentions: [Int: [Range<Int>]]) -> Int {
        let all = mentions[entity] ?? []
        let excluded = OverlapIndex(excluding)
        guard all.count > 16 else { return all.filter { !excluded.overlaps($0) }.count }
        if sortedMentions[entity] == nil {
            sortedMentions[entity] = (all.sorted { $0.lowerBound < $1.lowerBound }, all.map(\.count).max() ?? 0)
        }
        let (ms, longest) = sortedMentions[entity]!
        // A mention overlapping an excluded range starts less than `longest` before it.
        var overlapping = 0
        var next = 0
        for e in excluded.ranges {
            var lo = 0, hi = ms.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if ms[mid].lowerBound <= e.lowerBound - longest { lo = mid + 1 } else { hi = mid }
            }
            var i = max(lo, next)
            while i < ms.count && ms[i].lowerBound < e.upperBound {
                if excluded.overlaps(ms[i]) { overlapping += 1 }
                i += 1
            }
            next = max(next, i)
        }
        return all.count - overlapping
    }

    /// `compute()` for `entity` beside `partners`, remembered.
    func ranges(beside entity: Int, partners: Set<Int>, _ compute: () -> [Range<Int>]) -> [Range<Int>] {
        let key = BesideKey(entity: entity, partners: partners)
        if let known = beside[key] { return known }
        let found = compute()
        beside[key] = found
        return found
    }

    /// How many mentions of `entity` overlap neither the ranges `excluded()` gives nor
    /// `extra`. The mentions outside `excluded()` are found once per `key`, so asking for
    /// each occurrence of a long text is not quadratic.
    func evidence(_ entity: Int, outside key: RangesKey, _ excluded: () -> [Range<Int>], also extra: Range<Int>?,
                  mentions: [Int: [Range<Int>]]) -> Int {
        let fullKey = OutsideKey(entity: entity, ranges: key)
        if outside[fullKey] == nil {
            let index = OverlapIndex(excluded())
            let rest = (mentions[entity] ?? []).filter { !index.overlaps($0) }.sorted { $0.lowerBound < $1.lowerBound }
            outside[fullKey] = (rest, rest.map(\.count).max() ?? 0)
        }
        let (rest, longest) = outside[fullKey]!
        guard let extra, !extra.isEmpty else { return rest.count }
        // A mention overlapping `extra` starts less than `longest` before it.
        var lo = 0, hi = rest.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rest[mid].lowerBound <= extra.lowerBound - longest { lo = mid + 1 } else { hi = mid }
        }
        var overlapping = 0
        while lo < rest.count && rest[lo].lowerBound < extra.upperBound {
            if !rest[lo].isEmpty && rest[lo].overlaps(extra) { overlapping += 1 }
            lo += 1
        }
        return rest.count - overlapping
    }
}
