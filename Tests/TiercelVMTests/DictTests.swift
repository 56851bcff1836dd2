import XCTest
import TiercelTestSupport
@testable import TiercelVM

/// Dicts, str and tuple hashing against CPython: the same operations leave
/// the same keys in the same order, and numbers and tuples hash identically.
final class DictTests: XCTestCase {
    /// Keys are written as typed tokens both sides can rebuild:
    /// i:<int>  f:<float bits>  b:<0|1>  s:<text>  t:<int>,<int>
    static let oracle = """
        import random, struct, sys
        random.seed(99)
        def key():
            r = random.random()
            if r < 0.35: return random.randint(-50, 50)
            if r < 0.45: return random.randint(-50, 50) + random.choice([0.0, 0.5])
            if r < 0.5: return random.choice([True, False])
            if r < 0.8: return 'k' + str(random.randint(0, 60))
            return (random.randint(0, 5), random.randint(0, 5))
        def token(k):
            if isinstance(k, bool): return 'b:%d' % k
            if isinstance(k, int): return 'i:%d' % k
            if isinstance(k, float): return 'f:%d' % struct.unpack('<Q', struct.pack('<d', k))[0]
            if isinstance(k, str): return 's:' + k
            return 't:%d,%d' % k
        d = {}
        for n in range(4000):
            k = key()
            if random.random() < 0.3:
                d.pop(k, None)
                print('del', token(k))
            else:
                d[k] = n
                print('set', token(k), n)
        print('end', ' '.join('%s=%d' % (token(k), v) for k, v in d.items()))
        for x in [0.0, -0.0, 0.5, -1.5, 1e300, 1e-300, 3.141592653589793, float('inf'), -float('inf'), 2.0**80, 123456.789]:
            print('hashf', struct.unpack('<Q', struct.pack('<d', x))[0], hash(x))
        for t in [(), (1,), (1, 2), (-1, -2, 3), ((1, 2), 3), (1.5, 'x')]:
            print('hasht', repr(t), hash(t) if 'x' not in t else 0)
        """

    func testOperationsLeaveCPythonsKeysAndOrder() throws {
        let heap = Heap(stressInterval: 0)
        let ints = IntArithmetic(heap: heap)
        let ops = ValueOps(ints: ints)
        let dict = try DictObject.make(heap)
        let rootSlot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { rootSlot.deallocate() }
        rootSlot[0] = dict
        _ = heap.addRoots(rootSlot) { 1 }

        func key(_ token: Substring) -> Value {
            let body = token.dropFirst(2)
            switch token.first! {
            case "i": return Value(uncheckedSmallInt: Int64(body)!)
            case "f": return Value(double: Double(bitPattern: UInt64(body)!))
            case "b": return .bool(body == "1")
            case "s": return StrObject.make(heap, String(body))!
            default:
                let parts = body.split(separator: ",").map { Value(uncheckedSmallInt: Int64($0)!) }
                return TupleObject.make(heap, parts)!
            }
        }
        func token(_ v: Value) -> String {
            if v.isBool { return "b:\(v == .true ? 1 : 0)" }
            if v.isSmallInt { return "i:\(v.asSmallInt)" }
            if v.isDouble { return "f:\(v.asDouble.bitPattern)" }
            let o = v.asObject
            if o.objectKind == .str { return "s:" + StrObject.swiftString(o) }
            let items = TupleObject.items(o)
            return "t:\(items[0].asSmallInt),\(items[1].asSmallInt)"
        }

        var sawEnd = false
        for line in try CPythonOracle.run(DictTests.oracle) {
            let f = line.split(separator: " ")
            let d = rootSlot[0].asObject
            switch f[0] {
            case "set":
                try DictObject.set(heap, d, key(f[1]), Value(uncheckedSmallInt: Int64(f[2])!), ops)
            case "del":
                try DictObject.delete(d, key(f[1]), ops)
            case "end":
                let mine = DictObject.items(d).map { "\(token($0.0))=\($0.1.asSmallInt)" }
                XCTAssertEqual(mine, f.dropFirst().map(String.init))
                XCTAssertEqual(DictObject.count(d), f.count - 1)
                sawEnd = true
            case "hashf":
                XCTAssertEqual(try ops.hash(Value(double: Double(bitPattern: UInt64(f[1])!))), Int64(f[2])!, line)
            case "hasht":
                break
            default:
                XCTFail("unexpected line \(line)")
            }
        }
        XCTAssertTrue(sawEnd)
    }

    func testTupleHashesMatchCPython() throws {
        let heap = Heap(stressInterval: 0)
        let ops = ValueOps(ints: IntArithmetic(heap: heap))
        let expected = try CPythonOracle.run("""
            for t in [(), (1,), (1, 2), (-1, -2, 3), ((1, 2), 3), (2**70, 0.5, True)]:
                print(hash(t))
            """).map { Int64($0)! }
        let i = { (n: Int64) in Value(uncheckedSmallInt: n) }
        let big = try IntArithmetic(heap: heap).parse(digits: "1180591620717411303424")
        let tuples: [[Value]] = [[], [i(1)], [i(1), i(2)], [i(-1), i(-2), i(3)],
                                 [TupleObject.make(heap, [i(1), i(2)])!, i(3)], [big, Value(double: 0.5), .true]]
        for (items, want) in zip(tuples, expected) {
            XCTAssertEqual(try ops.hash(TupleObject.make(heap, items)!), want)
        }
    }

    func testStrObjectsRoundTripAndCompare() throws {
        let heap = Heap(stressInterval: 0)
        for text in ["", "ascii", "café", "日本語", "emoji 😀 here", "\u{FFFF}\u{10000}"] {
            let s = StrObject.make(heap, text)!.asObject
            XCTAssertEqual(StrObject.swiftString(s), text)
            XCTAssertEqual(StrObject.length(s), text.unicodeScalars.count)
            let again = StrObject.make(heap, text)!.asObject
            XCTAssertTrue(StrObject.equal(s, again))
            XCTAssertEqual(StrObject.hash(s), StrObject.hash(again))
        }
        let a = StrObject.make(heap, "ab")!.asObject, b = StrObject.make(heap, "😀")!.asObject
        let joined = StrObject.concatenate(heap, a, b)!.asObject
        XCTAssertEqual(StrObject.swiftString(joined), "ab😀")
        XCTAssertEqual(StrObject.width(joined), 4)
        XCTAssertEqual(StrObject.codePoint(joined, 2), 0x1F600)
        let surrogate = StrObject.make(heap, codePoints: [0x61, 0xD800])!.asObject
        XCTAssertEqual(StrObject.codePoints(surrogate), [0x61, 0xD800])
    }
}
