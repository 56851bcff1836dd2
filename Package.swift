// swift-tools-version:6.1
import PackageDescription

// Release builds are whole-module optimized by SwiftPM; the front end also
// drops exclusivity checks, which measurably cost on the tokenizer's hot loop.
let fastSettings: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "Tiercel",
    products: [
        .executable(name: "tiercel", targets: ["tiercel"]),
    ],
    targets: [
        // System libraries, wired from the start so the build proves they link.
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
        .systemLibrary(name: "CGMP", path: "Sources/CGMP"),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL"),
        .target(name: "CTiercelUnwind", path: "Sources/CTiercelUnwind",
                linkerSettings: [.linkedLibrary("unwind")]),

        // Front end: tokenizer, parser, AST, scopes, syntax errors.
        .target(name: "TiercelFrontEnd", dependencies: ["CGMP"],
                swiftSettings: fastSettings),

        // The VM: values, heap and collector (objects, bytecode and the
        // interpreter are to come).
        .target(name: "CTiercelVMSupport", path: "Sources/CTiercelVMSupport"),
        .target(name: "TiercelVM", dependencies: ["CTiercelVMSupport", "CGMP", "COpenSSL", "TiercelFrontEnd"],
                swiftSettings: fastSettings),

        // Native-code plumbing the JIT tiers and the profiler build on.
        .target(name: "TiercelLLVM", dependencies: ["CLLVM"]),
        .target(name: "TiercelUnwind", dependencies: ["CTiercelUnwind"]),

        .executableTarget(name: "tiercel",
                          dependencies: ["TiercelFrontEnd", "TiercelVM"],
                          swiftSettings: fastSettings),

        // Runs CPython as the oracle from unit tests.
        .target(name: "TiercelTestSupport", path: "Tests/TiercelTestSupport"),
        .testTarget(name: "TiercelFrontEndTests", dependencies: ["TiercelFrontEnd", "TiercelTestSupport"]),
        .testTarget(name: "TiercelNativeTests", dependencies: ["TiercelLLVM", "TiercelUnwind"]),
        .testTarget(name: "TiercelVMTests", dependencies: ["TiercelVM", "TiercelTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
