import Foundation

/// Runs CPython 3.11 (`python3`) as the oracle for a unit test: feeds it a
/// program on stdin and returns its stdout lines.
public enum CPythonOracle {
    public static func run(_ program: String, input: String = "") throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        let script = FileManager.default.temporaryDirectory
            .appendingPathComponent("tiercel-oracle-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).py")
        try program.write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        process.arguments = ["python3", "-X", "utf8", script.path]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input.data(using: .utf8)!)
        try stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "CPythonOracle", code: Int(process.terminationStatus))
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map(String.init)
    }
}
