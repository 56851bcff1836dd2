import XCTest
@testable import TiercelVM

final class ValueTests: XCTestCase {
    func testDoublesRoundTripBitForBit() {
        var generator = SystemRandomNumberGenerator()
        var samples: [Double] = [0, -0.0, 1, -1, .infinity, -.infinity, .leastNonzeroMagnitude,
                                 .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0.1]
        for _ in 0..<10_000 { samples.append(Double(bitPattern: generator.next())) }
        for d in samples {
            let v = Value(double: d)
            XCTAssertTrue(v.isDouble)
            XCTAssertFalse(v.isSmallInt || v.isObject || v.isImmediate)
            if d.isNaN {
                XCTAssertTrue(v.asDouble.isNaN)
                XCTAssertEqual(v.bits, Value.canonicalNaN)
            } else {
                XCTAssertEqual(v.asDouble.bitPattern, d.bitPattern)
            }
        }
    }

    /// The NaN x86 produces for 0/0 has the sign bit set; unboxed naively it
    /// would collide with the boxed tags.
    func testHardwareNaNIsCanonicalized() {
        let zero = Double(bitPattern: UInt64(ProcessInfo.processInfo.processIdentifier) & 0)
        let nan = zero / zero
        XCTAssertTrue(nan.isNaN)
        XCTAssertTrue(Value(double: nan).isDouble)
        XCTAssertTrue(Value(double: -Double.nan).isDouble)
    }

    func testSmallIntsCoverFortyEightBits() {
        for i: Int64 in [0, 1, -1, 42, -42, Value.smallIntMax, Value.smallIntMin, 1 << 40, -(1 << 40)] {
            let v = Value(smallInt: i)!
            XCTAssertTrue(v.isSmallInt)
            XCTAssertFalse(v.isDouble || v.isObject || v.isImmediate)
            XCTAssertEqual(v.asSmallInt, i)
        }
        XCTAssertNil(Value(smallInt: Value.smallIntMax + 1))
        XCTAssertNil(Value(smallInt: Value.smallIntMin - 1))
        XCTAssertNil(Value(smallInt: .max))
    }

    func testImmediatesAreDistinct() {
        let all: [Value] = [.none, .false, .true, .notImplemented, .ellipsis, .empty]
        XCTAssertEqual(Set(all).count, all.count)
        for v in all {
            XCTAssertTrue(v.isImmediate)
            XCTAssertFalse(v.isDouble || v.isSmallInt || v.isObject)
        }
        XCTAssertTrue(Value.true.isBool && Value.false.isBool)
        XCTAssertFalse(Value.none.isBool)
        XCTAssertEqual(Value.bool(true), .true)
    }

    func testObjectPointersRoundTrip() {
        let p = UnsafeMutableRawPointer.allocate(byteCount: 16, alignment: 16)
        defer { p.deallocate() }
        let v = Value(object: p)
        XCTAssertTrue(v.isObject)
        XCTAssertFalse(v.isDouble || v.isSmallInt || v.isImmediate)
        XCTAssertEqual(v.asObject, p)
    }
}
