// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Pathways",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pathways", targets: ["pathways"]),
        .executable(name: "liquid-suite", targets: ["liquid-suite"]),
        .library(name: "Liquid", targets: ["Liquid"]),
        .library(name: "SearchIndex", targets: ["SearchIndex"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        // The template engine: a Liquid dialect that knows nothing about sites.
        .target(name: "Liquid", exclude: ["README.md"]),
        // Runs test files in the golden-liquid format against the engine.
        .target(name: "LiquidConformance", dependencies: ["Liquid"]),
        .executableTarget(name: "liquid-suite", dependencies: ["LiquidConformance"]),
        .executableTarget(name: "liquid-bench", dependencies: ["Liquid", "LiquidConformance"]),

        // cmark-gfm, the system C library, and its one Swift owner.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM"]),

        // libvips and libqrencode, the system C libraries, each with its one Swift owner.
        // libvips' headers with only glib's flags: libvips itself is opened on first use (Sources/CVips/shim.h), so that a
        // build without pictures does not load it and the hundred libraries behind it.
        .systemLibrary(name: "CVips", pkgConfig: "gobject-2.0", providers: [.apt(["libvips-dev"])]),
        .target(name: "Images", dependencies: ["CVips"]),
        .systemLibrary(name: "CQRencode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .target(name: "QRCode", dependencies: ["CQRencode"]),
        .executableTarget(name: "images-bench", dependencies: ["Images"]),

        .target(name: "Diagnostics"),
        .target(name: "Content", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]),
        .target(name: "Site", dependencies: ["Content", "Markdown", "Liquid", "Diagnostics", "SearchIndex", "Images", "QRCode"]),
        // `pathways serve`: static files, watching, rebuilds and live reload; knows nothing of the pipeline.
        .target(
            name: "DevServer",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "PathwaysCLI", dependencies: ["Site", "Content", "DevServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "pathways", dependencies: ["PathwaysCLI"]),

        // Site search: a sharded static index; knows nothing about sites. Its browser client is templates/assets/search.js.
        // Optimised in debug builds too: the index is built on every test build of a site, and unoptimised it costs seconds.
        .target(name: "SearchIndex", swiftSettings: [.unsafeFlags(["-O"])]),
        // Writes a minimal public/ with a search page for Tests/browser/search_browser_test.py.
        .executableTarget(name: "search-fixture", dependencies: ["SearchIndex"]),
        // Indexes a folder of generated Markdown for Benchmarks/search/compare.sh.
        .executableTarget(name: "search-bench", dependencies: ["SearchIndex"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "LiquidTests", dependencies: ["Liquid", "LiquidConformance", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
        .testTarget(name: "ImagesTests", dependencies: ["Images", "CVips"]),
        .testTarget(name: "QRCodeTests", dependencies: ["QRCode", "Images", "CVips"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "ContentTests", dependencies: ["Content", "TestSupport"]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Diagnostics", "Images", "TestSupport", "CVips"]),
        .testTarget(name: "SearchIndexTests", dependencies: ["SearchIndex", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "DevServerTests", dependencies: ["DevServer", "TestSupport"]),
        .testTarget(name: "PathwaysCLITests", dependencies: ["PathwaysCLI", "Site", "DevServer", "TestSupport"]),
    ]
)
