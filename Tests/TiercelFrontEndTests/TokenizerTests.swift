import XCTest
@testable import TiercelFrontEnd

final class TokenizerTests: XCTestCase {
    private func tokenize(_ text: String) throws -> (Source, TokenStream) {
        let source = try Source(fileName: "<test>", text: text)
        return (source, Tokenizer.tokenize(source))
    }

    /// Every token's (line, column) range covers exactly its bytes, so AST
    /// positions derived from tokens are consistent with the source.
    func testTokenPositionsCoverTheirBytes() throws {
        let text = "def f(x):\n    return f'{x!r:>10}' + \"\"\"a\nb\"\"\" + 0x_FF + 1.5e-3j\n\n# é comment\nclass Ä: pass\n"
        let (source, stream) = try tokenize(text)
        XCTAssertNil(stream.error)
        for t in stream.tokens where t.end > t.start && t.kind != .newline {
            let start = Int(source.lineStarts[Int(t.line) - 1]) + Int(t.col)
            let end = Int(source.lineStarts[Int(t.endLine) - 1]) + Int(t.endCol)
            XCTAssertEqual(start, Int(t.start), "\(t)")
            XCTAssertEqual(end, Int(t.end), "\(t)")
        }
    }

    func testIndentationProducesBalancedIndentsAndDedents() throws {
        let (_, stream) = try tokenize("if a:\n  if b:\n    c\n  d\ne\n")
        let indents = stream.tokens.filter { $0.kind == .indent }.count
        let dedents = stream.tokens.filter { $0.kind == .dedent }.count
        XCTAssertEqual(indents, 2)
        XCTAssertEqual(dedents, 2)
        XCTAssertEqual(stream.tokens.last?.kind, .endMarker)
    }

    func testBlankAndCommentLinesMakeNoNewlineTokens() throws {
        let (_, stream) = try tokenize("x = 1\n\n   # comment\n\ny = 2\n")
        XCTAssertEqual(stream.tokens.filter { $0.kind == .newline }.count, 2)
    }

    func testKeywordsAreClassifiedAndSoftKeywordsAreNames() throws {
        let (_, stream) = try tokenize("match case _ lambda await async None\n")
        XCTAssertEqual(stream.tokens.prefix(7).map(\.kind),
                       [.name, .name, .name, .kwLambda, .kwAwait, .kwAsync, .kwNone])
    }

    func testErrorsEndTheStreamWithAnErrorToken() throws {
        let (_, stream) = try tokenize("x = (1,\ny = 'abc\n")
        XCTAssertEqual(stream.tokens.last?.kind, .errorToken)
        XCTAssertEqual(stream.error?.message, "unterminated string literal (detected at line 2)")
    }

    func testBracketNestingLimit() throws {
        let (_, stream) = try tokenize(String(repeating: "(", count: 201) + "\n")
        XCTAssertEqual(stream.error?.message, "too many nested parentheses")
    }
}
