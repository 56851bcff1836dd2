import TiercelFrontEnd

/// complex in the runtime: operators, the constructor, methods and format().
extension Runtime {
    /// `v` as a complex operand: complex, int, bool or float; nil otherwise.
    func complexOperand(_ v: Value) throws -> ComplexObject.Parts? {
        if ComplexObject.isComplex(v) { return ComplexObject.parts(v.asObject) }
        if v.isDouble { return .init(real: v.asDouble, imag: 0) }
        if v.isBool { return .init(real: v == .true ? 1 : 0, imag: 0) }
        if IntArithmetic.isInt(v) { return .init(real: try intResult { try ints.toDouble(v) }, imag: 0) }
        return nil
    }

    /// `a op b` when one side is complex and the other a number; nil when
    /// the operator does not apply (the caller raises its TypeError).
    func complexBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        guard ComplexObject.isComplex(a) || ComplexObject.isComplex(b),
              let x = try complexOperand(a), let y = try complexOperand(b) else { return nil }
        switch op {
        case .add: return try ComplexObject.make(self, ComplexObject.add(x, y))
        case .subtract: return try ComplexObject.make(self, ComplexObject.subtract(x, y))
        case .multiply: return try ComplexObject.make(self, ComplexObject.multiply(x, y))
        case .trueDivide:
            guard let q = ComplexObject.divide(x, y) else { throw PythonError("ZeroDivisionError", "complex division by zero") }
            return try ComplexObject.make(self, q)
        case .power: return try complexPower(x, y)
        default: return nil
        }
    }

    func complexPower(_ x: ComplexObject.Parts, _ y: ComplexObject.Parts) throws -> Value {
        do {
            return try ComplexObject.make(self, try ComplexObject.power(x, y))
        } catch ComplexObject.PowerFailure.domain {
            throw PythonError("ZeroDivisionError", "0.0 to a negative or complex power")
        } catch ComplexObject.PowerFailure.range {
            throw PythonError("OverflowError", "complex exponentiation")
        }
    }

    /// complex(real=0, imag=0), as CPython's complex_new.
    func makeComplex(_ args: UnsafeBufferPointer<Value>, keywords: [(String, Value)]) throws -> Value {
        var real: Value? = args.count > 0 ? args[0] : nil
        var imag: Value? = args.count > 1 ? args[1] : nil
        if args.count > 2 { throw PythonError("TypeError", "complex() takes at most 2 arguments (\(args.count) given)") }
        for (name, value) in keywords {
            switch name {
            case "real" where real == nil: real = value
            case "imag" where imag == nil: imag = value
            case "real", "imag":
                throw PythonError("TypeError", "argument for complex() given by name ('\(name)') and position (\(name == "real" ? 1 : 2))")
            default: throw PythonError("TypeError", "complex() got an unexpected keyword argument '\(name)'")
            }
        }
        guard let r = real else { return try ComplexObject.make(self, .init(real: 0, imag: imag.map { try complexArgument($0, first: false).real } ?? 0)) }
        if StrObject.isStr(r) {
            if imag != nil { throw PythonError("TypeError", "complex() can't take second arg if first is a string") }
            guard let parts = ComplexObject.parse(swiftString(r)) else {
                throw PythonError("ValueError", "complex() arg is a malformed string")
            }
            return try ComplexObject.make(self, parts)
        }
        if let i = imag, StrObject.isStr(i) { throw PythonError("TypeError", "complex() second arg can't be a string") }
        if imag == nil && ComplexObject.isComplex(r) && r.asObject.objectHeader.pointee.classWord == 0 { return r }
        let a = try complexArgument(r, first: true)
        guard let i = imag else { return try ComplexObject.make(self, a) }
        let b = try complexArgument(i, first: false)
        // complex(a, b) is a + b*1j; a complex part's other half is added
        // only when it is complex, so complex(0.0, -0.0) keeps its -0.0.
        var result = ComplexObject.Parts(real: a.real, imag: b.real)
        if ComplexObject.isComplex(i) { result.real -= b.imag }
        if ComplexObject.isComplex(r) { result.imag += a.imag }
        return try ComplexObject.make(self, result)
    }

    /// A complex() argument: a number, or an object with __complex__,
    /// __float__ or __index__.
    private func complexArgument(_ v: Value, first: Bool) throws -> ComplexObject.Parts {
        if let p = try complexOperand(ImmutableSubclass.unboxed(v)), !ComplexObject.isComplex(v) || v.asObject.objectHeader.pointee.classWord == 0 {
            return p
        }
        if let m = try userMethod(v, "__complex__") {
            let r = try callSpecial(m, v, [])
            guard ComplexObject.isComplex(r) else {
                throw PythonError("TypeError", "__complex__ returned non-complex (type \(typeName(r)))")
            }
            return ComplexObject.parts(r.asObject)
        }
        if ComplexObject.isComplex(v) { return ComplexObject.parts(v.asObject) }
        if let m = try userMethod(v, "__float__") {
            let r = try callSpecial(m, v, [])
            guard r.isDouble else { throw PythonError("TypeError", "\(typeName(v)).__float__ returned non-float (type \(typeName(r)))") }
            return .init(real: r.asDouble, imag: 0)
        }
        if let i = try indexValue(v) { return .init(real: try intResult { try ints.toDouble(i) }, imag: 0) }
        throw PythonError("TypeError", first
            ? "complex() first argument must be a string or a number, not '\(typeName(v))'"
            : "complex() second argument must be a number, not '\(typeName(v))'")
    }

    /// format(z, spec): both parts formatted as floats, the imaginary one
    /// always signed; with no presentation type, str(z)'s form.
    func formatComplex(_ z: ComplexObject.Parts, _ spec: FormatSpec) throws -> String {
        if spec.fill == "0" { throw PythonError("ValueError", "Zero padding is not allowed in complex format specifier") }
        if spec.align == "=" { throw PythonError("ValueError", "'=' alignment flag is not allowed in complex format specifier") }
        if let t = spec.type, !"eEfFgGn".contains(t) {
            throw PythonError("ValueError", "Unknown format code '\(t)' for object of type 'complex'")
        }
        var partSpec = spec
        partSpec.fill = " "; partSpec.align = nil; partSpec.width = 0
        var skipReal = false, parens = false
        if spec.type == nil {
            if z.real == 0 && z.real.sign == .plus { skipReal = true } else { parens = true }
            if spec.precision != nil { partSpec.type = "g" }
        }
        func part(_ d: Double, sign: Character) throws -> String {
            var s = partSpec
            s.sign = sign
            if s.type == nil { return (d.sign == .minus && !d.isNaN ? "-" : (sign == "+" ? "+" : (sign == " " ? " " : ""))) + PythonRepr.shortest(Swift.abs(d)) }
            return try format(Value(double: d), s.text)
        }
        let real = skipReal ? "" : try part(z.real, sign: spec.sign)
        let imag = try part(z.imag, sign: skipReal ? spec.sign : "+") + "j"
        let body = parens ? "(" + real + imag + ")" : real + imag
        let count = body.unicodeScalars.count
        guard spec.width > count else { return body }
        let n = spec.width - count
        switch spec.align ?? ">" {
        case "<": return body + String(repeating: spec.fill, count: n)
        case "^": return String(repeating: spec.fill, count: n / 2) + body + String(repeating: spec.fill, count: n - n / 2)
        default: return String(repeating: spec.fill, count: n) + body
        }
    }

    func installComplex() throws {
        let complex = types.complex
        defineConstructor(complex, keywords: ["real", "imag"]) { rt, args in
            try rt.makeComplex(args, keywords: rt.pendingKeywords)
        }
        func parts(_ args: UnsafeBufferPointer<Value>, _ name: String) throws -> ComplexObject.Parts {
            guard let z = args.first, ComplexObject.isComplex(z) else {
                throw PythonError("TypeError", "descriptor '\(name)' requires a 'complex' object")
            }
            return ComplexObject.parts(z.asObject)
        }
        try defineMethod(complex, "conjugate") { rt, args in
            try BuiltinMethods.arity("conjugate", args, 0...0)
            let z = try parts(args, "conjugate")
            return try ComplexObject.make(rt, .init(real: z.real, imag: -z.imag))
        }
        try defineMethod(complex, "__complex__") { rt, args in
            try BuiltinMethods.arity("__complex__", args, 0...0)
            return try ComplexObject.make(rt, try parts(args, "__complex__"))
        }
        try defineMethod(complex, "__getnewargs__") { rt, args in
            let z = try parts(args, "__getnewargs__")
            return try rt.tuple([Value(double: z.real), Value(double: z.imag)])
        }
    }
}
