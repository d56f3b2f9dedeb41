import CFuzzDriver
import EmendKit
import Foundation

/// The bundled dictionaries, compiled once per process (found from $EMEND_DICTIONARIES,
/// or the repository holding this file).
let pipeline: Pipeline = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let folder = ProcessInfo.processInfo.environment["EMEND_DICTIONARIES"] ?? root.appendingPathComponent("Dictionaries").path
    do {
        let dictionary = CompiledDictionary(try DictionaryLoader.load(directory: folder))
        return Pipeline(context: RuleContext(dictionary: dictionary, lexicon: Lexicon.system))
    } catch {
        fatalError("FuzzClean: the dictionaries in \(folder) do not load:\n\(error)")
    }
}()

/// Any bytes: either refused with an InputError, or cleaned into valid UTF-8 that the
/// change log reverts to the input byte for byte, and that cleans again to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    let article: Article
    do { article = try ArticleReader.article(source: "fuzz", bytes: bytes) } catch { return 0 }
    let result = pipeline.clean(article)
    guard String(validating: result.edition, as: UTF8.self) != nil else {
        fatalError("the edition is not valid UTF-8")
    }
    guard let reverted = try? result.log.revert(result.edition), reverted == bytes else {
        fatalError("the change log does not revert the edition to the input")
    }
    var last = 0
    for e in result.log.edits {
        precondition(e.start >= last && e.start <= e.end && e.end <= bytes.count, "edits overlap or run outside the input")
        precondition(Array(bytes[e.start..<e.end]) == Array(e.before.utf8), "an edit's 'before' is not the original text")
        last = e.end
    }
    return 0
}

/// The entry point SwiftPM's link line names (`--defsym main=FuzzClean_main`); runs libFuzzer.
@_cdecl("FuzzClean_main")
public func fuzzCleanMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzClean(data, size) }
}
