// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Emend",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "EmendKit", targets: ["EmendKit"]),
        .executable(name: "emend", targets: ["emend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Private C shim over the system ICU (libicu-dev). Its public header exposes no ICU types.
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        .target(
            name: "EmendKit",
            dependencies: ["CICU"],
            // Optimized in debug builds too: the tests run the CLI hundreds of times, and each
            // run compiles the dictionaries (thousands of entries), ten times slower unoptimized.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "emend",
            dependencies: [
                "EmendKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // What both test targets share: the folders they write in.
        .target(name: "EmendTestSupport", path: "Tests/EmendTestSupport"),
        .testTarget(name: "EmendKitTests", dependencies: ["EmendKit", "EmendTestSupport"]),
        .testTarget(name: "EmendCLITests", dependencies: ["emend", "EmendTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
