// swift-tools-version:6.0
// Emend's benchmarks, kept apart from the tests: `swift run -c release --package-path Benchmarks emend-benchmark`.
import PackageDescription

let package = Package(
    name: "EmendBenchmarks",
    dependencies: [.package(name: "Emend", path: "..")],
    targets: [
        .executableTarget(name: "emend-benchmark", dependencies: [.product(name: "EmendKit", package: "Emend")],
                          path: "Sources/EmendBenchmark"),
    ],
    swiftLanguageModes: [.v6]
)
