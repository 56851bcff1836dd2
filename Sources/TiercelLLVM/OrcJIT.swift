import CLLVM

/// An error reported by LLVM, with LLVM's own message.
public struct LLVMFailure: Error, CustomStringConvertible {
    public let description: String
}

/// Consumes an LLVMErrorRef, turning it into a Swift error.
func check(_ error: LLVMErrorRef?) throws {
    guard let error else { return }
    let message = LLVMGetErrorMessage(error)
    defer { LLVMDisposeErrorMessage(message) }
    throw LLVMFailure(description: message.map { String(cString: $0) } ?? "unknown LLVM error")
}

/// A thin owner of an ORC LLJIT instance. The optimizing tier compiles modules
/// into it on a background queue; machine code lives as long as the JIT does.
public final class OrcJIT {
    private let jit: LLVMOrcLLJITRef
    private let context: LLVMOrcThreadSafeContextRef

    private static let initializeTargets: Void = {
        // Static inline helpers from Target.h pick the host architecture.
        LLVMInitializeNativeTarget()
        LLVMInitializeNativeAsmPrinter()
    }()

    public init() throws {
        _ = OrcJIT.initializeTargets
        var created: LLVMOrcLLJITRef?
        // The builder is consumed by LLVMOrcCreateLLJIT, success or not.
        try check(LLVMOrcCreateLLJIT(&created, LLVMOrcCreateLLJITBuilder()))
        guard let created else { throw LLVMFailure(description: "LLJIT creation returned nothing") }
        jit = created
        context = LLVMOrcCreateNewThreadSafeContext()
    }

    deinit {
        LLVMOrcDisposeLLJIT(jit)
        LLVMOrcDisposeThreadSafeContext(context)
    }

    /// The LLVMContext that modules handed to `add` must be built in.
    public var llvmContext: LLVMContextRef { LLVMOrcThreadSafeContextGetContext(context) }

    /// Verifies `module`, then transfers it to the JIT (the caller must not
    /// touch or dispose it afterwards).
    public func add(module: LLVMModuleRef) throws {
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(module, LLVMReturnStatusAction, &message) != 0 {
            let text = message.map { String(cString: $0) } ?? "invalid module"
            LLVMDisposeMessage(message)
            LLVMDisposeModule(module)
            throw LLVMFailure(description: text)
        }
        LLVMDisposeMessage(message)
        let threadSafe = LLVMOrcCreateNewThreadSafeModule(module, context)
        let dylib = LLVMOrcLLJITGetMainJITDylib(jit)
        if let error = LLVMOrcLLJITAddLLVMIRModule(jit, dylib, threadSafe) {
            LLVMOrcDisposeThreadSafeModule(threadSafe)
            try check(error)
        }
    }

    /// Machine address of a symbol added earlier; compiles it on first lookup.
    public func address(of symbol: String) throws -> UInt64 {
        var address: LLVMOrcExecutorAddress = 0
        try check(LLVMOrcLLJITLookup(jit, &address, symbol))
        return address
    }
}
