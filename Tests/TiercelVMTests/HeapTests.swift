import XCTest
@testable import TiercelVM

final class HeapTests: XCTestCase {
    /// A value vector of `count` slots.
    private func vector(_ heap: Heap, _ count: Int) -> UnsafeMutableRawPointer {
        let object = heap.allocate(bytes: ValueVector.bytes(count: count), layout: .valueVector)!
        object.storeBytes(of: count, toByteOffset: ValueVector.countOffset, as: Int.self)
        return object
    }

    @inline(never)
    private func allocateGarbage(_ heap: Heap, _ n: Int) {
        for i in 0..<n {
            let v = vector(heap, i % 7 + 1)
            ValueVector.values(v)[0] = Value(uncheckedSmallInt: Int64(i))
        }
    }

    func testUnreachableObjectsAreFreedAndReachableOnesKept() {
        let heap = Heap(stressInterval: 0)
        let rootSlots = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { rootSlots.deallocate() }
        // A reachable chain: root → a → b, holding recognizable ints.
        let a = vector(heap, 2), b = vector(heap, 1)
        ValueVector.values(a)[0] = Value(object: b)
        ValueVector.values(a)[1] = Value(uncheckedSmallInt: 11)
        ValueVector.values(b)[0] = Value(uncheckedSmallInt: 22)
        rootSlots[0] = Value(object: a)
        let token = heap.addRoots(rootSlots) { 1 }
        allocateGarbage(heap, 50_000)
        let before = heap.bytesInUse
        heap.collect()
        XCTAssertLessThan(heap.bytesInUse, before / 10, "garbage should be swept")
        let kept = rootSlots[0].asObject
        XCTAssertEqual(ValueVector.values(kept)[1].asSmallInt, 11)
        XCTAssertEqual(ValueVector.values(ValueVector.values(kept)[0].asObject)[0].asSmallInt, 22)
        heap.removeRoots(token)
    }

    /// Objects referenced only from Swift locals (the native stack) survive,
    /// including through interior pointers.
    func testNativeStackIsScannedConservatively() {
        let heap = Heap(stressInterval: 0)
        let held = vector(heap, 3)
        ValueVector.values(held)[2] = Value(uncheckedSmallInt: 7)
        let interiorOnly = vector(heap, 4)
        let interior = interiorOnly + 40
        let interiorAddress = UInt(bitPattern: interior)
        allocateGarbage(heap, 10_000)
        heap.collect()
        XCTAssertNotNil(heap.objectContaining(UInt(bitPattern: held)))
        XCTAssertEqual(ValueVector.values(held)[2].asSmallInt, 7)
        XCTAssertEqual(heap.objectContaining(interiorAddress), interiorOnly)
        withExtendedLifetime(interior) {}
    }

    /// Allocation alone keeps the heap bounded, with no explicit collect():
    /// outside a hold the spent budget collects at once; inside holds (the
    /// constructors) it is requested for the interpreter's next breaker check.
    func testSpentBudgetCollectsWithoutExplicitCollect() {
        let heap = Heap(stressInterval: 0)
        let before = heap.collections
        allocateGarbage(heap, 400_000)
        XCTAssertGreaterThan(heap.collections, before, "the growth budget should have triggered a collection")
        XCTAssertLessThan(heap.bytesMapped, 64 << 20, "a loop of garbage must not grow the heap without bound")
        let during = heap.collections
        heap.withoutCollecting { allocateGarbage(heap, 400_000) }
        XCTAssertEqual(heap.collections, during, "no collection may run inside a hold")
        XCTAssertTrue(heap.collectionRequested, "a budget spent inside a hold is requested for later")
        heap.collect()
        XCTAssertFalse(heap.collectionRequested)
    }

    func testCollectedCellsAreReused() {
        let heap = Heap(stressInterval: 0)
        allocateGarbage(heap, 20_000)
        heap.collect()
        let mapped = heap.bytesMapped
        allocateGarbage(heap, 20_000)
        heap.collect()
        XCTAssertEqual(heap.bytesMapped, mapped, "a steady load must not grow the heap")
    }

    func testLargeObjectsAreCollected() {
        let heap = Heap(stressInterval: 0)
        let rootSlots = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { rootSlots.deallocate() }
        let big = vector(heap, 100_000)
        ValueVector.values(big)[99_999] = Value(uncheckedSmallInt: 5)
        rootSlots[0] = Value(object: big)
        _ = heap.addRoots(rootSlots) { 1 }
        @inline(never) func garbage() { for _ in 0..<20 { _ = vector(heap, 50_000) } }
        garbage()
        heap.collect()
        XCTAssertEqual(ValueVector.values(rootSlots[0].asObject)[99_999].asSmallInt, 5)
        XCTAssertLessThan(heap.bytesInUse, 2 << 20, "dead large objects should be swept")
        // Freed runs stay mapped for reuse, up to the spare limit, and are reused.
        XCTAssertLessThanOrEqual(heap.bytesMapped, Heap.spareLargeLimit + (2 << 20))
        for _ in 0..<5 {
            garbage()
            heap.collect()
        }
        XCTAssertLessThanOrEqual(heap.bytesMapped, Heap.spareLargeLimit + (2 << 20), "rounds of the same sizes reuse the spare runs")
    }

    func testHeapLimitRefusesAllocation() {
        let heap = Heap(limit: 4 << 20, stressInterval: 0)
        let rootSlots = UnsafeMutablePointer<Value>.allocate(capacity: 64)
        defer { rootSlots.deallocate() }
        var count = 0
        _ = heap.addRoots(rootSlots) { count }
        var refused = false
        for i in 0..<64 {
            guard let object = heap.allocate(bytes: ValueVector.bytes(count: 16_000), layout: .valueVector) else {
                refused = true
                break
            }
            rootSlots[i] = Value(object: object)
            count = i + 1
        }
        XCTAssertTrue(refused, "a 4 MiB heap cannot hold 64 live 128 KB objects")
        XCTAssertLessThanOrEqual(heap.bytesMapped, 4 << 20)
    }

    /// Under stress (a collection every few allocations) a linked structure
    /// built incrementally stays intact.
    func testStressModeKeepsLiveStructureIntact() {
        let heap = Heap(stressInterval: 3)
        let rootSlots = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { rootSlots.deallocate() }
        rootSlots[0] = .none
        _ = heap.addRoots(rootSlots) { 1 }
        for i in 0..<2_000 {
            let node = vector(heap, 2)
            ValueVector.values(node)[0] = Value(uncheckedSmallInt: Int64(i))
            ValueVector.values(node)[1] = rootSlots[0]
            rootSlots[0] = Value(object: node)
        }
        var expected: Int64 = 1_999
        var cursor = rootSlots[0]
        while cursor.isObject {
            XCTAssertEqual(ValueVector.values(cursor.asObject)[0].asSmallInt, expected)
            expected -= 1
            cursor = ValueVector.values(cursor.asObject)[1]
        }
        XCTAssertEqual(expected, -1)
        XCTAssertGreaterThan(heap.collections, 600)
    }
}
