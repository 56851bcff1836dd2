import XCTest
import TiercelTestSupport
@testable import TiercelVM

/// Int operations against CPython on random operands from 1 to 1000 bits,
/// around the 48-bit small-int boundary in particular. CPython prints each
/// case and its result; the test recomputes it.
final class IntArithmeticTests: XCTestCase {
    static let oracle = """
        import random, struct, sys
        random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 20261125)
        sys.set_int_max_str_digits(0)
        def rnd():
            k = random.choice([1, 3, 8, 30, 46, 47, 48, 49, 53, 54, 55, 56, 62, 63, 64, 65, 100, 200, 1000])
            n = random.getrandbits(k)
            return -n if random.random() < 0.5 else n
        def bits(x):
            return struct.unpack('<Q', struct.pack('<d', x))[0]
        def attempt(f):
            try:
                return f()
            except ZeroDivisionError:
                return '!ZeroDivisionError'
            except OverflowError:
                return '!OverflowError'
            except ValueError:
                return '!ValueError'
        for _ in range(1500):
            a, b = rnd(), rnd()
            s = b % 300 - (5 if random.random() < 0.05 else 0)
            e = abs(b) % 40
            m = rnd()
            cases = {
                'add': lambda: a + b, 'sub': lambda: a - b, 'mul': lambda: a * b,
                'floordiv': lambda: a // b, 'mod': lambda: a % b,
                'and': lambda: a & b, 'or': lambda: a | b, 'xor': lambda: a ^ b,
                'lshift': lambda: a << s, 'rshift': lambda: a >> s,
                'pow': lambda: a ** e, 'powmod': lambda: pow(a, b % 100 - 50, m),
                'neg': lambda: -a, 'invert': lambda: ~a, 'abs': lambda: abs(a),
                'cmp': lambda: (a > b) - (a < b), 'hash': lambda: hash(a),
                'bitlen': lambda: a.bit_length(), 'hex': lambda: format(a, 'x'),
                'float': lambda: bits(float(a)), 'truediv': lambda: bits(a / b),
            }
            for name, f in cases.items():
                print(name, a, b, s, e, m, attempt(f))
        """

    func testOperationsMatchCPython() throws {
        let heap = Heap(stressInterval: 0)
        let ints = IntArithmetic(heap: heap)
        func parse(_ text: Substring) throws -> Value {
            text.hasPrefix("-") ? try ints.parse(digits: String(text.dropFirst()), negative: true)
                : try ints.parse(digits: String(text))
        }
        func describe(_ body: () throws -> String) -> String {
            do { return try body() } catch let e as IntError {
                switch e {
                case .zeroDivision: return "!ZeroDivisionError"
                case .overflow: return "!OverflowError"
                case .value: return "!ValueError"
                case .memory: return "!MemoryError"
                }
            } catch { return "!\(error)" }
        }
        var checked = 0
        for line in try CPythonOracle.run(IntArithmeticTests.oracle) {
            let f = line.split(separator: " ")
            let (op, a, b, s, e, m, want) = (f[0], try parse(f[1]), try parse(f[2]), try parse(f[3]),
                                               try parse(f[4]), try parse(f[5]), String(f[6]))
            let got = describe { () throws -> String in
                switch op {
                case "add": return ints.toString(try ints.add(a, b))
                case "sub": return ints.toString(try ints.subtract(a, b))
                case "mul": return ints.toString(try ints.multiply(a, b))
                case "floordiv": return ints.toString(try ints.floorDivide(a, b))
                case "mod": return ints.toString(try ints.modulo(a, b))
                case "and": return ints.toString(try ints.and(a, b))
                case "or": return ints.toString(try ints.or(a, b))
                case "xor": return ints.toString(try ints.xor(a, b))
                case "lshift": return ints.toString(try ints.leftShift(a, s))
                case "rshift": return ints.toString(try ints.rightShift(a, s))
                case "pow": return ints.toString(try ints.power(a, e))
                case "powmod":
                    let exponent = try ints.subtract(try ints.modulo(b, Value(uncheckedSmallInt: 100)),
                                                     Value(uncheckedSmallInt: 50))
                    return ints.toString(try ints.power(a, exponent, modulo: m))
                case "neg": return ints.toString(try ints.negate(a))
                case "invert": return ints.toString(try ints.invert(a))
                case "abs": return ints.toString(try ints.absolute(a))
                case "cmp": return String(ints.compare(a, b))
                case "hash": return String(ints.hash(a))
                case "bitlen": return String(ints.bitLength(a))
                case "hex":
                    let text = ints.toString(a, base: 16)
                    return text
                case "float": return String(try ints.toDouble(a).bitPattern)
                case "truediv": return String(try ints.trueDivide(a, b).bitPattern)
                default: return "unknown op \(op)"
                }
            }
            XCTAssertEqual(got, want, "\(line)")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 30_000)
    }

    func testResultsThatFitAreSmallInts() throws {
        let heap = Heap(stressInterval: 0)
        let ints = IntArithmetic(heap: heap)
        let big = try ints.parse(digits: "1000000000000000000000")
        XCTAssertTrue(IntArithmetic.isBigInt(big))
        let back = try ints.subtract(big, try ints.parse(digits: "999999999999999999999"))
        XCTAssertTrue(back.isSmallInt)
        XCTAssertEqual(back.asSmallInt, 1)
        let boundary = try ints.add(Value(uncheckedSmallInt: Value.smallIntMax), Value(uncheckedSmallInt: 1))
        XCTAssertTrue(IntArithmetic.isBigInt(boundary))
        XCTAssertEqual(ints.toString(boundary), String(Value.smallIntMax + 1))
    }

    /// Big ints live in the collected heap: unreferenced ones are freed, and
    /// ones held in locals survive and keep their digits.
    func testBigIntsSurviveCollectionWhenReferenced() throws {
        let heap = Heap(stressInterval: 5)
        let ints = IntArithmetic(heap: heap)
        var acc = try ints.parse(digits: "1")
        for i in 1...200 { acc = try ints.multiply(acc, Value(uncheckedSmallInt: Int64(i))) }
        let factorial200 = try CPythonOracle.run("import math; print(math.factorial(200))")[0]
        XCTAssertEqual(ints.toString(acc), factorial200)
        XCTAssertGreaterThan(heap.collections, 30)
    }
}
