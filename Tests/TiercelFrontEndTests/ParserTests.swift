import XCTest
import TiercelTestSupport
@testable import TiercelFrontEnd

/// The stdlib-wide parity tools (Tools/ast_parity.py and friends) are the
/// real check; these tests compare small, hand-picked programs with CPython
/// from inside the unit-test run, so a regression shows up in `swift test`.
final class ParserTests: XCTestCase {
    static let programs = [
        "x = 1 if a else -b ** 2",
        "def f(a, /, b=1, *c, d, e=2, **f) -> int: return (yield)",
        "match p:\n    case [1, *r] | {'k': v, **kw} if v: pass\n    case C(x=0, y=-1.5+2j) as c: pass\n    case _: pass",
        "print(f'{x!r:>{w}} {y=}', *a, **k, sep='')",
        "with (open(a) as b, c):\n    async def g(): await h()",
        "try:\n    pass\nexcept* E as e:\n    raise X from e",
        "a[1:2, ::3, *b] = c, = d",
        "lambda x, *y, z=1, **w: [i for i in x if i async for j in y]",
        "0xFFFFFFFFFFFFFFFFFFFFFFFF + 1_000.5e-3 + 1e16 + 3j",
        "from ..a import (b as c, d,)",
        "global x; nonlocal y; del a[0], b.c",
        "'\\N{EM DASH}\\x41\\u00e9\\U0001F600' u'x' r'\\d'; b'\\xff\\'' rb'\\d'",
    ]

    func testDumpsMatchCPython() throws {
        let encoded = ParserTests.programs.map { Array($0.utf8).map { String($0, radix: 16) }.joined(separator: ",") }
        let expected = try CPythonOracle.run("""
            import ast, sys
            for line in sys.stdin.read().split("\\n"):
                src = bytes(int(c, 16) for c in line.split(","))
                print(ast.dump(ast.parse(src), include_attributes=True))
            """, input: encoded.joined(separator: "\n"))
        XCTAssertEqual(expected.count, ParserTests.programs.count)
        for (program, want) in zip(ParserTests.programs, expected) {
            let module = try Parser.parseModule(Source(fileName: "<test>", text: program))
            XCTAssertEqual(ASTDumper.dump(module, includeAttributes: true), want, program)
        }
    }

    func testSyntaxErrorCarriesCPythonsMessageAndPosition() throws {
        XCTAssertThrowsError(try Parser.parseModule(Source(fileName: "<test>", text: "f(a=1, b)\n"))) { error in
            let e = error as! SyntaxError
            XCTAssertEqual(e.message, "positional argument follows keyword argument")
            XCTAssertEqual(e.line, 1)
        }
    }
}
