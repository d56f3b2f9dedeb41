import CFuzzDriver
import EmendKit

/// Any bytes that are UTF-8: the TOML parser and the dictionary loader either accept
/// them or report errors; they never crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDictionary(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    var parser = TOMLParser(file: "fuzz.toml", text: text)
    _ = try? parser.parse()
    var set = DictionarySet()
    do {
        try DictionaryLoader.parse(text, file: "fuzz.toml", into: &set)
        // The CLI compiles only sets without structural errors; so does this.
        if DictionaryValidator.structuralErrors(in: set).isEmpty { _ = CompiledDictionary(set) }
    } catch {
        for e in error.errors { precondition(!e.description.isEmpty) }
    }
    return 0
}

/// The entry point SwiftPM's link line names (`--defsym main=FuzzDictionary_main`); runs libFuzzer.
@_cdecl("FuzzDictionary_main")
public func fuzzDictionaryMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc, argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzDictionary(data, size) }
}
