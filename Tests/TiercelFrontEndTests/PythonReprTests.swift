import XCTest
import TiercelTestSupport
@testable import TiercelFrontEnd

/// repr() of floats and strings must be byte-identical to CPython's, since
/// AST dumps (and later the VM) print them. CPython computes the expected text.
final class PythonReprTests: XCTestCase {
    func testFloatReprMatchesCPython() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.0001234,
                                123456789012345680.0, 5e-324, 1.7976931348623157e308, 2.5, 1e22, 1e-7,
                                .infinity, -.infinity, 100.0, 1234.5678]
        for _ in 0..<3000 {
            let d = Double(bitPattern: generator.next())
            if !d.isNaN { values.append(d) }
        }
        for exponent in -30...30 { values.append(pow(10.0, Double(exponent)) * 1.5) }
        let input = values.map { String($0.bitPattern, radix: 16) }.joined(separator: "\n")
        let expected = try CPythonOracle.run("""
            import struct, sys
            for line in sys.stdin.read().split():
                print(repr(struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0]))
            """, input: input)
        XCTAssertEqual(expected.count, values.count)
        for (value, want) in zip(values, expected) {
            XCTAssertEqual(PythonRepr.float(value), want, "bits \(String(value.bitPattern, radix: 16))")
        }
    }

    func testImaginaryReprMatchesCPython() throws {
        let values: [Double] = [0, 1, 2.5, 1e16, 1e-5, 123.0, 1e300, .infinity]
        let input = values.map { String($0.bitPattern, radix: 16) }.joined(separator: "\n")
        let expected = try CPythonOracle.run("""
            import struct, sys
            for line in sys.stdin.read().split():
                print(repr(complex(0, struct.unpack('<d', int(line, 16).to_bytes(8, 'little'))[0])))
            """, input: input)
        for (value, want) in zip(values, expected) {
            XCTAssertEqual(PythonRepr.imaginary(value), want)
        }
    }

    func testStringReprMatchesCPython() throws {
        // Quotes, escapes, controls, non-printables, astral characters, and
        // characters assigned after Unicode 14 (unprintable to CPython 3.11).
        var strings: [[UInt32]] = [
            [0x27], [0x22], [0x27, 0x22], [0x5C], [0x0A, 0x09, 0x0D], [0x00, 0x7F, 0x80, 0xA0],
            [0xAD], [0x2028], [0xE9, 0x4E2D], [0x1F600], [0xFFFF], [0x10FFFF], [0x2FFC], [0x14000],
            [0xD800], [0x61, 0xDFFF, 0x62], [0x300], [0x200B], [0x3000],
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            strings.append((0..<8).map { _ in UInt32.random(in: 0...0x2FFFF, using: &generator) })
        }
        let input = strings.map { $0.map { String($0, radix: 16) }.joined(separator: ",") }.joined(separator: "\n")
        let expected = try CPythonOracle.run("""
            import sys
            for line in sys.stdin.read().split("\\n"):
                s = "".join(chr(int(c, 16)) for c in line.split(","))
                print(repr(s).encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
            """, input: input)
        XCTAssertEqual(expected.count, strings.count)
        for (codes, want) in zip(strings, expected) {
            XCTAssertEqual(PythonRepr.codePoints(codes), want, "\(codes.map { String($0, radix: 16) })")
        }
    }
}
