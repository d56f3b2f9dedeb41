extension BulkIndex {
    /// Builds the index from bulk TSV text; lines must already be valid (see ``BulkDictionary``).
    /// - Complexity: O(total length), one hash insertion per word and per edge.
    public static func build(tsv text: String, fingerprint: UInt64) -> BulkIndex {
        let index = BulkIndex()
        index.fingerprint = fingerprint
        var tokenNumbers: [String: Int32] = [:]
        var edges: [UInt64: Int32] = [:]
        var targets: [String: Int32] = [:]
        func intern(_ key: String) -> Int32 {
            if let t = tokenNumbers[key] { return t }
            let t = Int32(index.tokenOffset.count)
            index.tokenOffset.append(Int32(index.blob.count))
            index.tokenLength.append(Int32(key.utf8.count))
            index.tokenHash.append(hash(key.utf8))
            index.blob += key.utf8
            tokenNumbers[key] = t
            return t
        }
        /// The node at the end of `keys`, made as needed.
        func path(_ keys: [String]) -> Int32 {
            var node: Int32 = 0
            for k in keys {
                let t = intern(k)
                let edgeKey = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: t))
                if let next = edges[edgeKey] { node = next; continue }
                let next = Int32(index.nodeTarget.count)
                index.nodeTarget.append(-1)
                edges[edgeKey] = next
                index.edgeFrom.append(node); index.edgeToken.append(t); index.edgeTo.append(next)
                node = next
            }
            return node
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let kind = EntryKind(rawValue: String(fields[2])) else { continue }
            let keys = Fold.keys(ofPhrase: String(fields[0]))
            guard !keys.isEmpty else { continue }
            let node = path(keys)
            let canonical = String(fields[1])
            let targetKey = canonical + "\t" + fields[2]
            let target: Int32
            if let known = targets[targetKey] { target = known } else {
                target = Int32(index.targetOffset.count)
                index.targetOffset.append(Int32(index.blob.count))
                index.targetLength.append(Int32(canonical.utf8.count))
                index.targetKind.append(UInt8(EntryKind.allCases.firstIndex(of: kind)!))
                index.blob += canonical.utf8
                targets[targetKey] = target
            }
            let existing = index.nodeTarget[Int(node)]
            if existing < 0 { index.nodeTarget[Int(node)] = target } else if existing != target { index.conflicts += 1 }
            // The canonical name itself is a path too, so the longest match keeps a correct
            // name whole ("Neuburg an der Donau" is not read as the variant "Neuburg").
            let own = path(Fold.keys(ofPhrase: canonical))
            if index.nodeTarget[Int(own)] < 0 { index.nodeTarget[Int(own)] = target }
        }
        index.buildTables()
        return index
    }

    /// Fills the open-addressing tables from the token and edge lists (load factor ≤ 1/2).
    func buildTables() {
        func size(_ n: Int) -> Int { var s = 16; while s < n * 2 { s <<= 1 }; return s }
        tokenSlots = Array(repeating: -1, count: size(tokenOffset.count))
        let tmask = tokenSlots.count - 1
        for t in tokenOffset.indices {
            var i = Int(truncatingIfNeeded: tokenHash[t]) & tmask
            while tokenSlots[i] >= 0 { i = (i + 1) & tmask }
            tokenSlots[i] = Int32(t)
        }
        edgeSlots = Array(repeating: -1, count: size(edgeFrom.count))
        let emask = edgeSlots.count - 1
        for e in edgeFrom.indices {
            var i = Int(truncatingIfNeeded: Self.edgeHash(edgeFrom[e], edgeToken[e])) & emask
            while edgeSlots[i] >= 0 { i = (i + 1) & emask }
            edgeSlots[i] = Int32(e)
        }
    }
}
