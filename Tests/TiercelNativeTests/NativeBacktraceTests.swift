import XCTest
@testable import TiercelUnwind

final class NativeBacktraceTests: XCTestCase {
    @inline(never)
    func innerFrame() -> [NativeFrame] { NativeBacktrace.capture() }

    @inline(never)
    func outerFrame() -> [NativeFrame] { innerFrame() }

    /// libunwind walks this test's own stack: the capturing function, then the
    /// two test helpers in call order, all with distinct addresses.
    func testWalksOwnStack() {
        let frames = outerFrame()
        XCTAssertGreaterThan(frames.count, 3)
        let symbols = frames.map(\.symbol)
        guard let inner = symbols.firstIndex(where: { $0.contains("innerFrame") }),
              let outer = symbols.firstIndex(where: { $0.contains("outerFrame") }) else {
            return XCTFail("helpers not on the walked stack: \(symbols.prefix(8))")
        }
        XCTAssertLessThan(inner, outer, "innermost frames must come first")
        XCTAssertTrue(symbols[0].contains("capture"), "first frame should be the capturer: \(symbols[0])")
        // Stack pointers grow toward older frames on x86-64.
        XCTAssertLessThanOrEqual(frames[inner].stackPointer, frames[outer].stackPointer)
    }
}
