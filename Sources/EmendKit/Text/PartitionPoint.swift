extension RandomAccessCollection where Index == Int {
    /// The first index at which `isAfter` holds, for a predicate that holds for every element
    /// after the first it holds for (a sorted collection cut in two); `endIndex` if none.
    /// A binary search: O(log n).
    func partitionPoint(where isAfter: (Element) -> Bool) -> Int {
        var lo = startIndex, hi = endIndex
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            if isAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
