import CLLVM
import XCTest
@testable import TiercelLLVM

final class OrcJITTests: XCTestCase {
    /// Builds `i64 add3(i64 a, i64 b) { return a + b + 3 }`, compiles it with
    /// LLJIT and calls the machine code.
    func testCompilesAndCallsOneFunction() throws {
        let jit = try OrcJIT()
        let ctx = jit.llvmContext
        let module = LLVMModuleCreateWithNameInContext("smoke", ctx)!
        let i64 = LLVMInt64TypeInContext(ctx)!
        var params: [LLVMTypeRef?] = [i64, i64]
        let fnType = params.withUnsafeMutableBufferPointer {
            LLVMFunctionType(i64, $0.baseAddress, 2, 0)
        }
        let fn = LLVMAddFunction(module, "add3", fnType)
        let builder = LLVMCreateBuilderInContext(ctx)!
        defer { LLVMDisposeBuilder(builder) }
        LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(ctx, fn, "entry"))
        let sum = LLVMBuildAdd(builder, LLVMGetParam(fn, 0), LLVMGetParam(fn, 1), "sum")
        let result = LLVMBuildAdd(builder, sum, LLVMConstInt(i64, 3, 0), "result")
        LLVMBuildRet(builder, result)
        try jit.add(module: module)

        let address = try jit.address(of: "add3")
        XCTAssertNotEqual(address, 0)
        typealias Add3 = @convention(c) (Int64, Int64) -> Int64
        let add3 = unsafeBitCast(UInt(address), to: Add3.self)
        XCTAssertEqual(add3(40, -1), 42)
        XCTAssertEqual(add3(Int64.max - 3, 0), Int64.max)
    }

    func testInvalidModuleIsRejectedWithLLVMsMessage() throws {
        let jit = try OrcJIT()
        let ctx = jit.llvmContext
        let module = LLVMModuleCreateWithNameInContext("broken", ctx)!
        let i64 = LLVMInt64TypeInContext(ctx)!
        let fn = LLVMAddFunction(module, "noTerminator", LLVMFunctionType(i64, nil, 0, 0))
        _ = LLVMAppendBasicBlockInContext(ctx, fn, "entry")  // a block with no terminator
        XCTAssertThrowsError(try jit.add(module: module)) { error in
            XCTAssertTrue("\(error)".contains("terminator"), "\(error)")
        }
    }

    func testLookupOfMissingSymbolFails() throws {
        let jit = try OrcJIT()
        XCTAssertThrowsError(try jit.address(of: "no_such_symbol"))
    }
}
