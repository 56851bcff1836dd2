import COpenSSL

/// _hashlib: message digests from OpenSSL's libcrypto, which the host
/// library's hashlib.py (and through it hmac, random's str seeding) builds
/// on. A HASH object keeps the bytes fed to it (member slots: algorithm
/// name, a private bytearray of the bytes so far) and digests them when
/// asked, so no native context outlives a collected object. The cost is
/// memory in proportion to the input; a context freed by a finalizer
/// would need the collector to run finalizers.
enum HashlibModule {
    /// hashlib's names and OpenSSL's, with whether the digest is extendable (shake).
    static let algorithms: [(String, String, Bool)] = [
        ("md5", "MD5", false), ("sha1", "SHA1", false), ("sha224", "SHA224", false), ("sha256", "SHA256", false),
        ("sha384", "SHA384", false), ("sha512", "SHA512", false), ("sha512_224", "SHA512-224", false),
        ("sha512_256", "SHA512-256", false), ("blake2b", "BLAKE2B-512", false), ("blake2s", "BLAKE2S-256", false),
        ("sha3_224", "SHA3-224", false), ("sha3_256", "SHA3-256", false), ("sha3_384", "SHA3-384", false),
        ("sha3_512", "SHA3-512", false), ("shake_128", "SHAKE128", true), ("shake_256", "SHAKE256", true),
    ]

    static func digest(_ name: String, _ data: UnsafeBufferPointer<UInt8>, length: Int? = nil) throws -> [UInt8] {
        guard let entry = algorithms.first(where: { $0.0 == name }), let md = EVP_get_digestbyname(entry.1),
              let ctx = EVP_MD_CTX_new() else {
            throw PythonError("ValueError", "unsupported hash type \(name)")
        }
        defer { EVP_MD_CTX_free(ctx) }
        var out = [UInt8](repeating: 0, count: max(length ?? Int(EVP_MD_get_size(md)), 1))
        var ok = EVP_DigestInit_ex(ctx, md, nil) == 1 && EVP_DigestUpdate(ctx, data.baseAddress, data.count) == 1
        if entry.2 {
            ok = ok && EVP_DigestFinalXOF(ctx, &out, out.count) == 1
        } else {
            var n: UInt32 = 0
            ok = ok && EVP_DigestFinal_ex(ctx, &out, &n) == 1
        }
        guard ok else { throw PythonError("ValueError", "digest failed for \(name)") }
        return length == 0 ? [] : out
    }

    static func make(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "_hashlib") { rt, d in
            let hash = try MemoryStreams.nativeClass(rt, "HASH", bases: [rt.types.object], fields: 2, module: "_hashlib")
            let xof = try MemoryStreams.nativeClass(rt, "HASHXOF", bases: [hash], fields: 2, module: "_hashlib")
            try NativeModules.value(rt, d, "HASH", hash)
            try NativeModules.value(rt, d, "HASHXOF", xof)
            func name(_ v: Value) throws -> String { rt.swiftString(try MemoryStreams.field(rt, v, 0, hash, fields: 2).pointee) }
            func data(_ v: Value) throws -> Value { try MemoryStreams.field(rt, v, 1, hash, fields: 2).pointee }
            func bytesLike(_ v: Value) throws -> UnsafeBufferPointer<UInt8> {
                if StrObject.isStr(v) { throw PythonError("TypeError", "Strings must be encoded before hashing") }
                guard let b = BytesObject.view(v) else {
                    throw PythonError("TypeError", "object supporting the buffer API required")
                }
                return b
            }
            func create(_ algorithm: String, _ initial: Value) throws -> Value {
                guard let entry = algorithms.first(where: { $0.0 == algorithm }) else {
                    throw PythonError("ValueError", "unsupported hash type \(algorithm)")
                }
                return try rt.withTemporaryRoots(2) { roots in
                    roots[0] = try Instance.make(rt, type: entry.2 ? xof : hash)
                    Instance.memberSlot(roots[0].asObject, 0).pointee = try rt.intern(algorithm)
                    // A private bytearray: update() appends in amortized constant time.
                    roots[1] = try ByteArrayObject.make(rt, initial.isNone ? [] : Array(try bytesLike(initial)))
                    Instance.memberSlot(roots[0].asObject, 1).pointee = roots[1]
                    return roots[0]
                }
            }
            func initial(_ args: UnsafeBufferPointer<Value>, at i: Int) -> Value {
                var v = args.count > i ? args[i] : Value.none
                for (k, value) in rt.pendingKeywords where k == "string" || k == "data" { v = value }
                return v
            }
            try NativeModules.function(rt, d, "new", keywords: ["name", "string", "data", "usedforsecurity"]) { rt, args in
                guard args.count >= 1 else { throw PythonError("TypeError", "new() missing required argument 'name' (pos 1)") }
                guard StrObject.isStr(args[0]) else { throw PythonError("TypeError", "new() argument 'name' must be str") }
                return try create(rt.swiftString(args[0]).lowercased(), initial(args, at: 1))
            }
            for (algorithm, _, _) in algorithms {
                try NativeModules.function(rt, d, "openssl_" + algorithm, keywords: ["string", "data", "usedforsecurity"]) { rt, args in
                    try create(algorithm, initial(args, at: 0))
                }
            }
            try rt.withTemporaryRoots(1) { roots in
                roots[0] = try SetObject.make(rt, frozen: true)
                for (algorithm, _, _) in algorithms { try SetObject.add(rt, roots[0].asObject, try rt.intern(algorithm)) }
                try NativeModules.value(rt, d, "openssl_md_meth_names", roots[0])
            }
            try NativeModules.function(rt, d, "get_fips_mode") { _, _ in Value(uncheckedSmallInt: 0) }
            try NativeModules.function(rt, d, "compare_digest") { rt, args in
                try Builtins.exactly(2, "compare_digest", args)
                if StrObject.isStr(args[0]) && StrObject.isStr(args[1]) {
                    return .bool(StrObject.codePoints(args[0].asObject) == StrObject.codePoints(args[1].asObject))
                }
                guard let a = BytesObject.view(args[0]), let b = BytesObject.view(args[1]) else {
                    throw PythonError("TypeError", "unsupported operand types(s) or combination of types: '\(rt.typeName(args[0]))' and '\(rt.typeName(args[1]))'")
                }
                return .bool(Array(a) == Array(b))
            }
            try rt.defineMethod(hash, "update") { rt, args in
                try Builtins.exactly(2, "update", args)
                let added = try bytesLike(args[1])
                let store = try data(args[0]).asObject
                let n = ByteArrayObject.count(store)
                // The heap does not move objects: `added` stays valid if reserve collects.
                try ByteArrayObject.reserve(rt, store, n + added.count)
                if let base = added.baseAddress { (ByteArrayObject.data(store) + n).update(from: base, count: added.count) }
                ValueVector.values(store)[0] = Value(uncheckedSmallInt: Int64(n + added.count))
                return .none
            }
            try rt.defineMethod(hash, "copy") { rt, args in
                try create(try name(args[0]), try data(args[0]))
            }
            func result(_ args: UnsafeBufferPointer<Value>, _ length: Int?) throws -> [UInt8] {
                try digest(try name(args[0]), BytesObject.view(try data(args[0]))!, length: length)
            }
            func length(_ args: UnsafeBufferPointer<Value>) throws -> Int? {
                guard rt.typeOf(args[0]).bits == xof.bits || TypeObject.isSubtype(rt.typeOf(args[0]).asObject, xof.asObject) else { return nil }
                var v: Value? = args.count > 1 ? args[1] : nil
                for (k, value) in rt.pendingKeywords where k == "length" { v = value }
                guard let v else { throw PythonError("TypeError", "digest() missing required argument 'length' (pos 1)") }
                return try BuiltinMethods.index(rt, v)
            }
            try rt.defineMethod(hash, "digest", keywords: ["length"]) { rt, args in
                try BytesObject.make(rt, try result(args, try length(args)))
            }
            try rt.defineMethod(hash, "hexdigest", keywords: ["length"]) { rt, args in
                let digits = Array("0123456789abcdef")
                let hex = String(try result(args, try length(args)).flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
                return try rt.makeStr(hex)
            }
            try rt.defineProperty(hash, "name") { rt, v in try rt.intern(try name(v)) }
            func method(_ v: Value) throws -> (md: OpaquePointer?, extendable: Bool) {
                let n = try name(v)
                guard let entry = algorithms.first(where: { $0.0 == n }) else { return (nil, false) }
                return (EVP_get_digestbyname(entry.1), entry.2)
            }
            try rt.defineProperty(hash, "digest_size") { rt, v in
                let (md, extendable) = try method(v)
                return Value(uncheckedSmallInt: extendable || md == nil ? 0 : Int64(EVP_MD_get_size(md)))
            }
            try rt.defineProperty(hash, "block_size") { rt, v in
                let (md, _) = try method(v)
                return Value(uncheckedSmallInt: md == nil ? 0 : Int64(EVP_MD_get_block_size(md)))
            }
            try rt.defineMethod(hash, "__repr__") { rt, args in
                try rt.makeStr("<\(try name(args[0])) _hashlib.HASH object @ \(rt.address(args[0]))>")
            }
        }
        // hmac.py falls back to its pure-Python HMAC when this is raised.
        try rt.runEmbedded("""
        class UnsupportedDigestmodError(ValueError):
            pass

        def hmac_new(key, msg=b'', digestmod=None):
            raise UnsupportedDigestmodError(digestmod)
        """, module: "_hashlib", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    /// _blake2: hashlib takes blake2b/blake2s from here, never from
    /// _hashlib. Only the default digest sizes, without key, salt or person.
    static func makeBlake2(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "_blake2") { _, _ in }
        try rt.runEmbedded("""
        import _hashlib

        def _make(name, size):
            def constructor(data=b'', *, digest_size=size, key=b'', salt=b'', person=b'', fanout=1, depth=1,
                            leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False,
                            usedforsecurity=True):
                if digest_size != size or key or salt or person:
                    raise ValueError(f'{name}: only the default parameters are supported by tiercel')
                return _hashlib.new(name, data)
            constructor.__name__ = constructor.__qualname__ = name
            return constructor

        blake2b = _make('blake2b', 64)
        blake2s = _make('blake2s', 32)
        del _make
        """, module: "_blake2", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }
}
