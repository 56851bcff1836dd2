/// `_sre`, the C half of CPython's `re`: compiled patterns, match objects
/// and scanners over the matcher in SREMachine. The parser and compiler
/// (re._parser, re._compiler) are the host CPython's pure-Python modules.
enum SREModule {
    static func make(_ rt: Runtime) throws -> Value {
        try installTypes(rt)
        return try NativeModules.module(rt, "_sre") { rt, d in
            try NativeModules.value(rt, d, "MAGIC", Value(uncheckedSmallInt: Int64(SRE.magic)))
            try NativeModules.value(rt, d, "CODESIZE", Value(uncheckedSmallInt: Int64(SRE.codeSize)))
            try NativeModules.value(rt, d, "MAXREPEAT", Value(uncheckedSmallInt: Int64(SRE.maxRepeat)))
            try NativeModules.value(rt, d, "MAXGROUPS", Value(uncheckedSmallInt: Int64(SRE.maxGroups)))
            try NativeModules.value(rt, d, "copyright", try rt.makeStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
            try NativeModules.function(rt, d, "getcodesize") { _, args in
                try Builtins.exactly(0, "getcodesize", args)
                return Value(uncheckedSmallInt: Int64(SRE.codeSize))
            }
            func character(_ name: String, _ body: @escaping (UInt32) -> Value) throws {
                try NativeModules.function(rt, d, name) { rt, args in
                    try Builtins.exactly(1, name, args)
                    guard let i = try rt.indexValue(args[0]) else {
                        throw PythonError("TypeError", "'\(rt.typeName(args[0]))' object cannot be interpreted as an integer")
                    }
                    let c = try BuiltinMethods.index(rt, i)
                    guard c >= 0 && c <= Int(UInt32.max) else {
                        throw PythonError("OverflowError", "Python int too large to convert to C int")
                    }
                    return body(UInt32(c))
                }
            }
            try character("ascii_iscased") { c in .bool(c < 128 && SREChar.lowerASCII(c) != SREChar.upperASCII(c)) }
            try character("unicode_iscased") { c in .bool(c != SREChar.lowerUnicode(c) || c != SREChar.upperUnicode(c)) }
            try character("ascii_tolower") { c in Value(uncheckedSmallInt: Int64(SREChar.lowerASCII(c))) }
            try character("unicode_tolower") { c in Value(uncheckedSmallInt: Int64(SREChar.lowerUnicode(c))) }
            try NativeModules.function(rt, d, "compile",
                                       keywords: ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"]) { rt, args in
                let a = try ClinicArguments.bind(rt, "compile", args,
                                              ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"], required: 6,
                                              receiver: false)
                return try PatternType.compile(rt, pattern: a[0]!, flags: a[1]!, code: a[2]!, groups: a[3]!,
                                               groupindex: a[4]!, indexgroup: a[5]!)
            }
        }
    }

    /// re.Pattern, re.Match and _sre.SRE_Scanner, made once per runtime.
    static func installTypes(_ rt: Runtime) throws {
        if !rt.regexTypes.pattern.isNone { return }
        func native(_ name: String, module: String, fields: Int) throws -> Value {
            let t = rt.pin(try TypeObject.make(rt, name: name, bases: [rt.types.object], dict: nil, instanceKind: .instance,
                                               flags: TypeObject.heapType | TypeObject.qualifiedName | TypeObject.noInstanceDict,
                                               module: module))
            TypeObject.set(t.asObject, TypeObject.memberSlots, Value(uncheckedSmallInt: Int64(fields)))
            let shown = module == "re" ? "re.\(name)" : "\(module).\(name)"
            rt.defineConstructor(t) { _, _ in throw PythonError("TypeError", "cannot create '\(shown)' instances") }
            return t
        }
        rt.regexTypes.pattern = try native("Pattern", module: "re", fields: PatternType.fieldCount)
        rt.regexTypes.match = try native("Match", module: "re", fields: MatchType.fieldCount)
        rt.regexTypes.scanner = try native("SRE_Scanner", module: "_sre", fields: ScannerType.fieldCount)
        try PatternType.install(rt, rt.regexTypes.pattern)
        try MatchType.install(rt, rt.regexTypes.match)
        try ScannerType.install(rt, rt.regexTypes.scanner)
    }

    /// The fixed fields of an instance of `type`, or a TypeError naming what was expected.
    static func fields(_ rt: Runtime, _ v: Value, _ type: Value) throws -> UnsafeMutablePointer<Value> {
        guard v.isObject, v.asObject.objectKind == .instance, rt.typeOf(v).bits == type.bits else {
            throw PythonError("TypeError", "descriptor requires a '\(TypeObject.nameString(rt, type.asObject))' object but received '\(rt.typeName(v))'")
        }
        return Instance.memberSlot(v.asObject, 0)
    }

    /// A new instance of `type` with `values` in its fixed fields.
    static func instance(_ rt: Runtime, _ type: Value, _ values: UnsafePointer<Value>, count: Int) throws -> Value {
        let v = try Instance.make(rt, type: type)
        let f = Instance.memberSlot(v.asObject, 0)
        for i in 0..<count { f[i] = values[i] }
        return v
    }

    /// Patterns and matches are immutable: copies are the object itself;
    /// `re.Pattern[str]` is a generic alias.
    static func defineImmutableProtocols(_ rt: Runtime, _ t: Value) throws {
        try rt.defineMethod(t, "__copy__") { rt, args in
            try BuiltinMethods.arity("__copy__", args, 0...0)
            return args[0]
        }
        try rt.defineMethod(t, "__deepcopy__") { rt, args in
            try BuiltinMethods.arity("__deepcopy__", args, 1...1)
            return args[0]
        }
        try rt.defineClassMethod(t, "__class_getitem__") { rt, args in
            try BuiltinMethods.arity("__class_getitem__", args, 1...1)
            return try rt.call(try rt.getAttr(try rt.loadModule("types"), try rt.intern("GenericAlias")), [args[0], args[1]])
        }
    }

    /// The regular-expression module's Python half (re._subx, re._expand).
    static func reFunction(_ rt: Runtime, _ name: String) throws -> Value {
        try rt.getAttr(try rt.loadModule("re"), try rt.intern(name))
    }
}

/// The types `_sre` makes, kept by the runtime.
struct RegexTypes {
    var pattern = Value.none
    var match = Value.none
    var scanner = Value.none
}
