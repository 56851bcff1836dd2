/// `_codecs`: the codec functions the `encodings` package wraps (UTF-8,
/// ASCII, Latin-1, UTF-16, UTF-32, charmap, the escape codecs), the
/// built-in error handlers, and the codec and error-handler registries
/// (written in Python, below).
enum CodecsModule {
    static func make(_ rt: Runtime) throws -> Value {
        let m = try NativeModules.module(rt, "_codecs") { rt, d in
            try installUnicodeCodecs(rt, d)
            try installByteOrderCodecs(rt, d)
            try EscapeCodecs.install(rt, d)
            try CharmapCodec.install(rt, d)
            try ErrorHandlerFunctions.install(rt, d)
            try NativeModules.function(rt, d, "_normalize") { rt, args in
                try rt.makeStr(Codecs.normalize(rt.swiftString(args[0])))
            }
        }
        try rt.runEmbedded(registry, module: "_codecs", globals: Value(object: ModuleObject.dict(m.asObject)))
        return m
    }

    // MARK: Arguments

    /// Positional-only arguments within `range`, with Argument Clinic's messages.
    static func arguments(_ rt: Runtime, _ name: String, _ args: UnsafeBufferPointer<Value>, _ range: ClosedRange<Int>) throws {
        let n = args.count
        if n < range.lowerBound {
            throw PythonError("TypeError", "\(name) expected \(range.lowerBound == range.upperBound ? "" : "at least ")\(range.lowerBound) argument\(range.lowerBound == 1 ? "" : "s"), got \(n)")
        }
        if n > range.upperBound {
            throw PythonError("TypeError", "\(name) expected at most \(range.upperBound) argument\(range.upperBound == 1 ? "" : "s"), got \(n)")
        }
    }

    static func str(_ rt: Runtime, _ name: String, _ args: UnsafeBufferPointer<Value>, _ i: Int) throws -> [UInt32] {
        guard StrObject.isStr(args[i]) else {
            throw PythonError("TypeError", "\(name)() argument \(i + 1) must be str, not \(rt.argumentTypeName(args[i]))")
        }
        return StrObject.codePoints(args[i].asObject)
    }

    /// A bytes-like argument's contents; `text` also takes str (as UTF-8), where CPython does.
    static func data(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ i: Int, text: Bool = false) throws -> [UInt8] {
        if let b = BytesObject.array(args[i]) { return b }
        if text && StrObject.isStr(args[i]) { return Array(rt.swiftString(args[i]).utf8) }
        throw PythonError("TypeError", "a bytes-like object is required, not '\(rt.typeName(args[i]))'")
    }

    static func errors(_ rt: Runtime, _ name: String, _ args: UnsafeBufferPointer<Value>, _ i: Int) throws -> String {
        guard i < args.count, !args[i].isNone else { return "strict" }
        guard StrObject.isStr(args[i]) else {
            throw PythonError("TypeError", "\(name)() argument \(i + 1) must be str or None, not \(rt.argumentTypeName(args[i]))")
        }
        return rt.swiftString(args[i])
    }

    static func flag(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ i: Int, default d: Bool) throws -> Bool {
        guard i < args.count else { return d }
        return try BuiltinMethods.index(rt, try rt.requireIndex(args[i])) != 0
    }

    static func int(_ rt: Runtime, _ args: UnsafeBufferPointer<Value>, _ i: Int) throws -> Int {
        guard i < args.count else { return 0 }
        return try BuiltinMethods.index(rt, try rt.requireIndex(args[i]))
    }

    /// (output, length consumed), what every codec function returns.
    static func result(_ rt: Runtime, _ output: Value, _ consumed: Int, _ extra: Int? = nil) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = output
            var items = [roots[0], Value(uncheckedSmallInt: Int64(consumed))]
            if let extra { items.append(Value(uncheckedSmallInt: Int64(extra))) }
            return try rt.tuple(items)
        }
    }

    static func encoded(_ rt: Runtime, _ bytes: [UInt8], _ consumed: Int) throws -> Value {
        try result(rt, try BytesObject.make(rt, bytes), consumed)
    }

    static func decoded(_ rt: Runtime, _ text: [UInt32], _ consumed: Int, _ extra: Int? = nil) throws -> Value {
        try result(rt, try StrMethods.make(rt, text), consumed, extra)
    }

    // MARK: Codec functions

    private static func installUnicodeCodecs(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        let codecs: [(String, Codecs.Codec, Bool)] = [
            ("utf_8", .utf8, true), ("ascii", .ascii, false), ("latin_1", .latin1, false),
            ("utf_16_le", .utf16(bigEndian: false), true), ("utf_16_be", .utf16(bigEndian: true), true),
            ("utf_32_le", .utf32(bigEndian: false), true), ("utf_32_be", .utf32(bigEndian: true), true),
        ]
        for (prefix, codec, incremental) in codecs {
            let encodeName = prefix + "_encode", decodeName = prefix + "_decode"
            try NativeModules.function(rt, d, encodeName) { rt, args in
                try arguments(rt, encodeName, args, 1...2)
                let text = try str(rt, encodeName, args, 0)
                return try encoded(rt, try Codecs.encode(rt, text, codec, errors: try errors(rt, encodeName, args, 1)), text.count)
            }
            try NativeModules.function(rt, d, decodeName) { rt, args in
                try arguments(rt, decodeName, args, 1...(incremental ? 3 : 2))
                let bytes = try data(rt, args, 0)
                let (text, consumed) = try Codecs.decode(rt, bytes, codec, errors: try errors(rt, decodeName, args, 1),
                                                         final: incremental ? try flag(rt, args, 2, default: false) : true)
                return try decoded(rt, text, consumed)
            }
        }
    }

    /// utf_16 and utf_32 with a byte order mark: written when encoding in
    /// native order, read (and skipped) when decoding.
    private static func installByteOrderCodecs(_ rt: Runtime, _ d: UnsafeMutableRawPointer) throws {
        for width in [16, 32] {
            func codec(_ big: Bool) -> Codecs.Codec { width == 16 ? .utf16(bigEndian: big) : .utf32(bigEndian: big) }
            let name = "utf_\(width)"
            try NativeModules.function(rt, d, name + "_encode") { rt, args in
                try arguments(rt, name + "_encode", args, 1...3)
                let text = try str(rt, name + "_encode", args, 0)
                let order = try int(rt, args, 2)
                var out: [UInt8] = []
                if order == 0 { codec(false).append(0xFEFF, &out) }
                out += try Codecs.encode(rt, text, codec(order > 0), errors: try errors(rt, name + "_encode", args, 1),
                                         name: "utf-\(width)")
                return try encoded(rt, out, text.count)
            }
            /// (text, consumed, byte order found: -1 little, 1 big, 0 none).
            func decode(_ rt: Runtime, _ bytes: [UInt8], _ errors: String, _ order: Int, _ final: Bool) throws -> ([UInt32], Int, Int) {
                var order = order
                var skip = 0
                let bomLength = width / 8
                if order == 0 && bytes.count >= bomLength {
                    let head = Array(bytes[0..<bomLength])
                    if head == (width == 16 ? [0xFF, 0xFE] : [0xFF, 0xFE, 0, 0]) {
                        order = -1
                        skip = bomLength
                    } else if head == (width == 16 ? [0xFE, 0xFF] : [0, 0, 0xFE, 0xFF]) {
                        order = 1
                        skip = bomLength
                    }
                }
                let (text, consumed) = try Codecs.decode(rt, Array(bytes[skip...]), codec(order > 0), errors: errors, final: final)
                return (text, consumed + skip, order)
            }
            try NativeModules.function(rt, d, name + "_decode") { rt, args in
                try arguments(rt, name + "_decode", args, 1...3)
                let (text, consumed, _) = try decode(rt, try data(rt, args, 0), try errors(rt, name + "_decode", args, 1), 0,
                                                     try flag(rt, args, 2, default: false))
                return try decoded(rt, text, consumed)
            }
            try NativeModules.function(rt, d, name + "_ex_decode") { rt, args in
                try arguments(rt, name + "_ex_decode", args, 1...4)
                let (text, consumed, order) = try decode(rt, try data(rt, args, 0), try errors(rt, name + "_ex_decode", args, 1),
                                                         try int(rt, args, 2), try flag(rt, args, 3, default: false))
                return try decoded(rt, text, consumed, order)
            }
        }
        try NativeModules.function(rt, d, "readbuffer_encode") { rt, args in
            try arguments(rt, "readbuffer_encode", args, 1...2)
            let bytes = try data(rt, args, 0, text: true)
            return try encoded(rt, bytes, bytes.count)
        }
    }

    // MARK: The registries

    static let registry = """
_search_path = []
_cache = {}
_handlers = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors, 'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape, 'surrogatepass': surrogatepass,
}
_started = False

def _start():
    # CPython imports the encodings package (which registers its search
    # function first) when the interpreter starts; here, on first use.
    global _started
    if not _started:
        _started = True
        import encodings

def register(search_function, /):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _start()
    _search_path.append(search_function)

def unregister(search_function, /):
    _cache.clear()
    for i, f in enumerate(_search_path):
        if f is search_function:
            del _search_path[i]
            return

def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    _start()
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    for f in _search_path:
        found = f(key)
        if found is None:
            continue
        if not isinstance(found, tuple) or len(found) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = found
        return found
    raise LookupError("unknown encoding: %s" % encoding)

def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)

_wrappable = (TypeError, ValueError, LookupError, AttributeError, IndexError, KeyError, RuntimeError, NotImplementedError)

def _call(kind, coder, obj, encoding, errors):
    try:
        result = coder(obj, errors)
    except Exception as e:
        # CPython names the codec in a plain exception, keeping the original as the cause.
        if type(e) in _wrappable and len(e.args) <= 1 and not e.__dict__:
            raise type(e)("%s with %r codec failed (%s: %s)" % (kind, encoding, type(e).__name__, e)) from e
        raise
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % ("encoder" if kind == "encoding" else "decoder"))
    return result[0]

def encode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(encoding, str):
        raise TypeError("encode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("encode() argument 'errors' must be str, not %s" % type(errors).__name__)
    return _call("encoding", lookup(encoding)[0], obj, encoding, errors)

def decode(obj, encoding='utf-8', errors='strict'):
    if not isinstance(encoding, str):
        raise TypeError("decode() argument 'encoding' must be str, not %s" % type(encoding).__name__)
    if not isinstance(errors, str):
        raise TypeError("decode() argument 'errors' must be str, not %s" % type(errors).__name__)
    return _call("decoding", lookup(encoding)[1], obj, encoding, errors)

def _text_codec(encoding, use):
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError("%r is not a text encoding; use codecs.%s() to handle arbitrary codecs" % (encoding, use))
    return info

def _encode_text(text, encoding, errors):
    result = _call("encoding", _text_codec(encoding, "encode")[0], text, encoding, errors)
    if isinstance(result, bytearray):
        return bytes(result)
    if not isinstance(result, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types"
                        % (encoding, type(result).__name__))
    return result

def _decode_text(data, encoding, errors):
    result = _call("decoding", _text_codec(encoding, "decode")[1], data, encoding, errors)
    if not isinstance(result, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types"
                        % (encoding, type(result).__name__))
    return result

def register_error(errors, handler, /):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _handlers[errors] = handler

def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None
"""
}

/// Swift's way into the registries that `_codecs` keeps in Python.
enum CodecRegistry {
    private static func function(_ rt: Runtime, _ name: String) throws -> Value {
        try rt.getAttr(try rt.loadModule("_codecs"), try rt.intern(name))
    }

    static func errorHandler(_ rt: Runtime, _ name: String) throws -> Value {
        try rt.withTemporaryRoots(1) { roots in
            roots[0] = try rt.makeStr(name)
            return try rt.call(try function(rt, "lookup_error"), [roots[0]])
        }
    }

    static func encodeText(_ rt: Runtime, _ text: Value, _ encoding: String, _ errors: String) throws -> Value {
        try viaPython(rt, "_encode_text", text, encoding, errors)
    }

    static func decodeText(_ rt: Runtime, _ data: Value, _ encoding: String, _ errors: String) throws -> Value {
        try viaPython(rt, "_decode_text", data, encoding, errors)
    }

    private static func viaPython(_ rt: Runtime, _ name: String, _ v: Value, _ encoding: String, _ errors: String) throws -> Value {
        try rt.withTemporaryRoots(4) { roots in
            roots[0] = v
            roots[1] = try rt.makeStr(encoding)
            roots[2] = try rt.makeStr(errors)
            roots[3] = try function(rt, name)
            return try rt.call(roots[3], [roots[0], roots[1], roots[2]])
        }
    }
}
