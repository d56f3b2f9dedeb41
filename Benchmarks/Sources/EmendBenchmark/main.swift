// Prints Emend's figures: bulk dictionary load (cold and from the compiled cache), name
// matching throughput for 1k, 100k and 1M variants, end-to-end cleaning throughput with
// the bundled dictionaries, and peak memory. It prints; it does not pass or fail.
// Options: --mb N (corpus size, default 4), --sizes 1000,100000,1000000, --repeat N
// (matching runs, the median is printed; default 7), --out DIR (data and caches).
import EmendKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

let args = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    args.firstIndex(of: name).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil } ?? fallback
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let megabytes = Double(option("--mb", "4"))!
let sizes = option("--sizes", "1000,100000,1000000").split(separator: ",").map { Int($0)! }
let work = option("--out", root + "/.build-bench-data")
let repeats = max(1, Int(option("--repeat", "7"))!)
try? FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
setenv("EMEND_CACHE_DIR", work + "/cache", 1)

/// A deterministic generator (SplitMix64).
struct SplitMix { var state: UInt64
    mutating func next() -> UInt64 { state &+= 0x9E37_79B9_7F4A_7C15; var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9; z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB; return z ^ (z >> 31) }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
let syllables = ["ka", "ra", "zo", "vi", "mir", "tan", "shu", "lev", "gor", "bai", "nu", "dze", "qi", "ol", "ur", "sen", "pav", "rik", "mo", "yan"]
func name(_ rng: inout SplitMix) -> String {
    var s = ""
    for _ in 0..<(3 + rng.below(3)) { s += syllables[rng.below(syllables.count)] }
    return s.prefix(1).uppercased() + s.dropFirst()
}
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
func peakMiB() -> Double { var u = rusage(); getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u); return Double(u.ru_maxrss) / 1024 }

// Dictionary lines: generated names and a corrupted variant of each (a doubled letter);
// each smaller dictionary is a prefix of the larger ones.
var dictionaryLines: [String] = []
do {
    var g = SplitMix(state: 1)
    var seen = Set<String>()
    dictionaryLines.reserveCapacity(sizes.max()!)
    while dictionaryLines.count < sizes.max()! {
        let canonical = name(&g) + " " + name(&g)
        var variant = canonical
        let idx = variant.index(variant.startIndex, offsetBy: 1 + g.below(max(1, variant.count - 2)))
        variant.insert(variant[idx], at: idx)
        guard seen.insert(variant.lowercased()).inserted else { continue }
        dictionaryLines.append("\(variant)\t\(canonical)\t\(["place", "person", "organization"][g.below(3)])")
    }
}

// The corpus: the seed and devset articles with variants from the smallest dictionary inserted, N MB.
var articles: [String] = []
for dir in [root + "/seeds", root + "/../shared/devset"] {
    for f in ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    where f.hasSuffix(".txt") && !f.hasSuffix(".expected.txt") && !f.hasPrefix("README") {
        if let t = try? String(contentsOfFile: dir + "/" + f, encoding: .utf8) { articles.append(t) }
    }
}
var rng = SplitMix(state: 7)
var corpusArticles: [String] = []
var corpusBytes = 0
while Double(corpusBytes) < megabytes * 1_000_000 {
    var a = articles[corpusArticles.count % articles.count]
    let variant = dictionaryLines[rng.below(sizes.min()!)].split(separator: "\t")[0]
    a = a.replacingOccurrences(of: " said ", with: " \(variant) said ")
    corpusArticles.append(a)
    corpusBytes += a.utf8.count
}
let corpusMB = Double(corpusBytes) / 1_000_000
print("Emend benchmark — \(ProcessInfo.processInfo.hostName), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(Date())")
print(String(format: "corpus: %.1f MB (%d articles from the seeds and devset, with dictionary variants inserted)\n", corpusMB, corpusArticles.count))

// Tokenization is shared by all name matching; time it once.
var tokenized: [[Token]] = []
let tokenizeTime = seconds { tokenized = corpusArticles.map { Tokenizer.tokenize($0) } }
print(String(format: "word tokenization (plain text without ICU, the rest with ICU): %.1f MB/s", corpusMB / tokenizeTime))

print("\n| variants | TSV MB | cold build s | cache load s | cache MB | matching MB/s (median of \(repeats)) | matches | peak RSS MiB |")
print("|---|---|---|---|---|---|---|---|")
var matchRates: [Int: Double] = [:]
for size in sizes {
    let path = work + "/dict-\(size).tsv"
    if !FileManager.default.fileExists(atPath: path) {
        try! (dictionaryLines.prefix(size).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
    let bytes = [UInt8](FileManager.default.contents(atPath: path)!)
    let cacheFile = work + "/cache/" + String(BulkIndex.cacheKey(bytes), radix: 16) + ".emendix"
    try? FileManager.default.removeItem(atPath: cacheFile)
    var index: BulkIndex!
    let cold = seconds {
        try! BulkDictionary.validate(String(decoding: bytes, as: UTF8.self), file: path)
        index = BulkIndex.compiled(tsv: bytes, cacheDirectory: work + "/cache")
    }
    var loaded: BulkIndex?
    let warm = seconds { loaded = BulkIndex.compiled(tsv: bytes, cacheDirectory: work + "/cache") }
    precondition(loaded!.variantCount == index.variantCount)
    let cacheMB = Double((try? FileManager.default.attributesOfItem(atPath: cacheFile)[.size] as? Int) ?? 0) / 1_000_000
    // Matching a few MB takes milliseconds: the median of several runs steadies the figure.
    var found = 0
    let runs = (0..<repeats).map { _ in
        seconds { found = 0; for tokens in tokenized { found += loaded!.matches(in: tokens).count } }
    }.sorted()
    let match = runs[runs.count / 2]
    matchRates[size] = corpusMB / match
    print(String(format: "| %d | %.1f | %.2f | %.3f | %.1f | %.1f | %d | %.0f |", size, Double(bytes.count) / 1e6, cold, warm, cacheMB,
                 corpusMB / match, found, peakMiB()))
}
if let small = matchRates[sizes.min()!], let large = matchRates[sizes.max()!] {
    print(String(format: "\nmatching with %d variants is %.2f× slower than with %d", sizes.max()!, small / large, sizes.min()!))
}

// End to end with the bundled dictionaries, one thread.
let dictionary = CompiledDictionary(try DictionaryLoader.load(directory: root + "/Dictionaries"))
let pipeline = Pipeline(context: RuleContext(dictionary: dictionary, lexicon: Lexicon.system))
let sample = Array(corpusArticles.prefix(max(20, corpusArticles.count / 10)))
let sampleMB = Double(sample.reduce(0) { $0 + $1.utf8.count }) / 1e6
var edits = 0
let clean = seconds { for a in sample { edits += pipeline.clean(Article(source: "-", text: a)).log.edits.count } }
print(String(format: "\nend-to-end clean (bundled dictionaries, 1 thread): %.2f MB/s over %.1f MB, %d edits", sampleMB / clean, sampleMB, edits))
print(String(format: "peak RSS: %.0f MiB", peakMiB()))
