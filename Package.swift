// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sesplan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sesplan", targets: ["sesplan"]),
        .library(name: "LinearProgramming", targets: ["LinearProgramming"]),
        .library(name: "AssignmentCore", targets: ["AssignmentCore"]),
        .library(name: "SESDomain", targets: ["SESDomain"]),
        .library(name: "SESSupport", targets: ["SESSupport"]),
        .library(name: "SESPlanning", targets: ["SESPlanning"]),
        .library(name: "SESRotations", targets: ["SESRotations"]),
        .library(name: "SESInput", targets: ["SESInput"]),
        .library(name: "SESReports", targets: ["SESReports"]),
        .library(name: "SESSynthetic", targets: ["SESSynthetic"]),
        .library(name: "SesplanKit", targets: ["SesplanKit"]),
        .library(name: "SESWeb", targets: ["SESWeb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // Tests only: the reference the package's own CSV reader and writer are held to.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CGLPK",
            pkgConfig: nil,
            providers: [.apt(["libglpk-dev"])]
        ),
        // The module graph (README, "Modules"; enforced by ModuleGraphTests): each target lists
        // exactly the modules its sources may import.
        .target(name: "SESSupport"),
        .target(name: "LinearProgramming", dependencies: ["CGLPK", "SESSupport"]),
        .target(name: "AssignmentCore", dependencies: ["SESSupport"]),
        .target(name: "SESDomain"),
        .target(name: "SESInput", dependencies: [
            "SESDomain",
            .product(name: "Yams", package: "Yams"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "XMLCoder", package: "XMLCoder"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "SESPlanning", dependencies: ["SESDomain", "SESSupport", "LinearProgramming", "AssignmentCore"]),
        .target(name: "SESRotations", dependencies: ["SESDomain", "SESSupport", "LinearProgramming"]),
        .target(name: "SESReports", dependencies: [
            "SESDomain", "SESSupport", "SESInput", "SESPlanning", "SESRotations",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            .product(name: "XMLCoder", package: "XMLCoder"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "SESSynthetic", dependencies: ["SESDomain", "SESSupport", "SESInput", "SESReports"]),
        // The one planning API every front end uses: async, cancellable, progress as values.
        .target(name: "SesplanKit", dependencies: [
            "SESDomain", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SESSynthetic", "LinearProgramming",
        ]),
        // The local web workspace (`sesplan serve`) on the planning library.
        .target(name: "SESWeb", dependencies: [
            "SESDomain", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SesplanKit",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "MultipartKit", package: "multipart-kit"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "Yams", package: "Yams"),
        ]),
        // A thin layer over SesplanKit (and SESWeb for `serve`).
        .executableTarget(name: "sesplan", dependencies: [
            "SesplanKit", "SESWeb", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], linkerSettings: [
            // The toolchain's linker: it links the tool several times faster than the system's gold,
            // and reads the static Swift runtime (`--static-swift-stdlib`) without warnings.
            .unsafeFlags(["-use-ld=lld"], .when(platforms: [.linux])),
        ]),
        // Fuzzing entry for every input reader: a libFuzzer target under scripts/fuzz, a corpus replayer otherwise.
        .executableTarget(name: "sesplan-fuzz", dependencies: ["SESReports"]),
        // Timings of the assignment core on reproducible instances (benchmarks/assignment-vs-scipy.sh).
        .executableTarget(name: "sesplan-bench", dependencies: [
            "AssignmentCore", "SESSupport", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "LinearProgrammingTests", dependencies: ["LinearProgramming", "SESSupport"]),
        .testTarget(name: "AssignmentCoreTests", dependencies: ["AssignmentCore", "SESSupport", "sesplan-bench", "LinearProgramming"]),
        .testTarget(name: "SESDomainTests", dependencies: ["SESDomain", "SESSupport"]),
        .testTarget(name: "SESIOTests", dependencies: [
            "SESDomain", "SESSupport", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SESSynthetic", .product(name: "CSV", package: "CSV.swift"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "Yams", package: "Yams"),
        ]),
        .testTarget(name: "SESPlanningTests", dependencies: [
            "SESDomain", "SESSupport", "SESInput", "SESPlanning", "SESRotations", "SESReports", "SESSynthetic", "LinearProgramming",
        ]),
        .testTarget(name: "SesplanKitTests", dependencies: [
            "SesplanKit", "SESDomain", "SESInput", "SESPlanning", "SESRotations", "SESReports",
        ]),
        // Reads Sources/ and checks every import against the module graph.
        .testTarget(name: "ArchitectureTests"),
        .testTarget(name: "SesplanCLITests", dependencies: ["SESInput", "SESReports"]),
        .testTarget(name: "SESWebTests", dependencies: [
            "SESWeb", "SESInput", "SESReports", "SESDomain", "SESPlanning",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
