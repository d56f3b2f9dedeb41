// swift-tools-version:6.0
// libFuzzer targets for Emend, kept out of the main package. Build and run with
// scripts/fuzz.sh (it passes -sanitize=fuzzer,address and -parse-as-library).
import PackageDescription

let package = Package(
    name: "EmendFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Emend", path: ".."),
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (see its header for why it is needed).
        .target(name: "CFuzzDriver"),
        // Bytes → ArticleReader.article → Pipeline.clean; checks UTF-8 and revert.
        .executableTarget(name: "FuzzClean", dependencies: ["CFuzzDriver", .product(name: "EmendKit", package: "Emend")]),
        // Bytes → TOMLParser and DictionaryLoader.parse.
        .executableTarget(name: "FuzzDictionary", dependencies: ["CFuzzDriver", .product(name: "EmendKit", package: "Emend")]),
    ],
    swiftLanguageModes: [.v6]
)
