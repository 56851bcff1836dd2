import TiercelFrontEnd

/// str.format and printf-style `%` formatting, on top of format().
extension Runtime {
    /// "{0} {name!r:>10}".format(...)
    /// With a `mapping` (format_map), every named field is mapping[name],
    /// looked up each time it occurs, so __missing__ sees every use.
    func strFormat(_ template: String, _ args: UnsafeBufferPointer<Value>, _ keywords: [(String, Value)], mapping: Value? = nil) throws -> String {
        var autoIndex = 0
        var numbering: Bool? = nil  // true: automatic, false: manual
        return try strFormat(template, args, keywords, mapping, &autoIndex, &numbering, levels: 2)
    }

    /// One level of str.format; nested fields in a spec share the
    /// automatic numbering (`{:{}}` numbers the value first), two levels at most.
    private func strFormat(_ template: String, _ args: UnsafeBufferPointer<Value>, _ keywords: [(String, Value)], _ mapping: Value?,
                           _ autoIndex: inout Int, _ numbering: inout Bool?, levels: Int) throws -> String {
        if levels <= 0 { throw PythonError("ValueError", "Max string recursion exceeded") }
        var out = ""
        let chars = Array(template)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                guard i + 1 < chars.count, chars[i + 1] == "}" else {
                    throw PythonError("ValueError", "Single '}' encountered in format string")
                }
                out.append("}")
                i += 2
                continue
            }
            if c != "{" {
                out.append(c)
                i += 1
                continue
            }
            if i + 1 < chars.count && chars[i + 1] == "{" {
                out.append("{")
                i += 2
                continue
            }
            // A replacement field; nested braces may appear in the spec.
            var depth = 1
            var j = i + 1
            while j < chars.count && depth > 0 {
                if chars[j] == "{" { depth += 1 } else if chars[j] == "}" { depth -= 1 }
                if depth > 0 { j += 1 }
            }
            guard j < chars.count else {
                throw PythonError("ValueError", depth > 1 ? "expected '}' before end of string" : "Single '{' encountered in format string")
            }
            let field = String(chars[(i + 1)..<j])
            i = j + 1
            var name = field, conversion: Character? = nil, spec = ""
            if let colon = firstTopLevel(":", in: field) {
                name = String(field[..<colon])
                spec = String(field[field.index(after: colon)...])
            }
            if let bang = name.firstIndex(of: "!") {
                let conv = name[name.index(after: bang)...]
                guard conv.count == 1 else {
                    throw PythonError("ValueError", conv.isEmpty ? "end of string while looking for conversion specifier" : "expected ':' after conversion specifier")
                }
                conversion = conv.first
                name = String(name[..<bang])
            }
            // The first part names an argument; then .attribute and [index] parts.
            var head = name
            var rest = ""
            if let cut = name.firstIndex(where: { $0 == "." || $0 == "[" }) {
                head = String(name[..<cut])
                rest = String(name[cut...])
            }
            var value: Value
            if let mapping, head.isEmpty || head.allSatisfy(\.isNumber) {
                throw PythonError("ValueError", "Format string contains positional fields")
            } else if let mapping {
                value = try getItem(mapping, try makeStr(head))
            } else if head.isEmpty {
                if numbering == false {
                    throw PythonError("ValueError", "cannot switch from manual field specification to automatic field numbering")
                }
                numbering = true
                guard autoIndex < args.count else {
                    throw PythonError("IndexError", "Replacement index \(autoIndex) out of range for positional args tuple")
                }
                value = args[autoIndex]
                autoIndex += 1
            } else if let n = Int(head), head.allSatisfy(\.isNumber) {
                if numbering == true {
                    throw PythonError("ValueError", "cannot switch from automatic field numbering to manual field specification")
                }
                numbering = false
                guard n < args.count else {
                    throw PythonError("IndexError", "Replacement index \(n) out of range for positional args tuple")
                }
                value = args[n]
            } else {
                guard let v = keywords.first(where: { $0.0 == head })?.1 else { throw PythonError("KeyError", value: try makeStr(head)) }
                value = v
            }
            var r = Substring(rest)
            while !r.isEmpty {
                if r.first == "." {
                    r = r.dropFirst()
                    let end = r.firstIndex(where: { $0 == "." || $0 == "[" }) ?? r.endIndex
                    value = try getAttr(value, try intern(String(r[..<end])))
                    r = r[end...]
                } else {
                    guard let close = r.firstIndex(of: "]") else { throw PythonError("ValueError", "Missing ']' in format string") }
                    let key = String(r[r.index(after: r.startIndex)..<close])
                    value = try getItem(value, Int(key).map { Value(uncheckedSmallInt: Int64($0)) } ?? (try makeStr(key)))
                    r = r[r.index(after: close)...]
                }
            }
            switch conversion {
            case "r"?: value = try makeStr(try repr(value))
            case "s"?: value = try makeStr(try str(value))
            case "a"?: value = try makeStr(PythonRepr.asciiEscaped(try repr(value)))
            case nil: break
            default: throw PythonError("ValueError", "Unknown conversion specifier \(conversion!)")
            }
            if spec.contains("{") {
                spec = try strFormat(spec, args, keywords, mapping, &autoIndex, &numbering, levels: levels - 1)
            }
            out += try format(value, spec)
        }
        return out
    }

    private func firstTopLevel(_ c: Character, in s: String) -> String.Index? {
        var bracket = false
        for i in s.indices {
            if s[i] == "[" { bracket = true } else if s[i] == "]" { bracket = false } else if s[i] == c && !bracket { return i }
        }
        return nil
    }

    /// template % values
    /// bytes % values (PEP 461): the str rules over Latin-1 characters, with
    /// %s/%b taking bytes-like objects or __bytes__, %r/%a giving ascii(),
    /// %c an int below 256 or one byte, and mapping keys looked up as bytes.
    func bytesPercentFormat(_ template: Value, _ values: Value) throws -> [UInt8] {
        let text = try percentFormat(template, values, bytes: true)
        return text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    private static func latin1(_ b: some Sequence<UInt8>) -> String {
        String(String.UnicodeScalarView(b.map { Unicode.Scalar($0) }))
    }

    func percentFormat(_ template: Value, _ values: Value, bytes: Bool = false) throws -> String {
        let chars = bytes ? Array(Self.latin1(BytesObject.view(template)!)) : Array(swiftString(template))
        var items: [Value]
        // CPython treats any subscriptable argument but a tuple or str as a mapping.
        let hasGetItem = try userMethod(values, "__getitem__") != nil
            || values.isObject && [.dict, .list, .range].contains(values.asObject.objectKind)
        let mapping: Value? = hasGetItem && !TupleObject.isTuple(values) && !StrObject.isStr(values) ? values : nil
        if TupleObject.isTuple(values) {
            items = Array(UnsafeBufferPointer(start: TupleObject.items(values.asObject), count: TupleObject.count(values.asObject)))
        } else {
            items = [values]
        }
        var next = 0
        var out = ""
        var i = 0
        var usedMapping = false
        // After a %(key) field, positional fields have nothing left to take, as in CPython.
        func take() throws -> Value {
            guard next < items.count && !usedMapping else { throw PythonError("TypeError", "not enough arguments for format string") }
            next += 1
            return items[next - 1]
        }
        func star() throws -> String {
            let v = try take()
            guard IntArithmetic.isInt(v) || v.isBool else { throw PythonError("TypeError", "* wants int") }
            return String(try BuiltinMethods.index(self, v))
        }
        while i < chars.count {
            let c = chars[i]
            if c != "%" {
                out.append(c)
                i += 1
                continue
            }
            let start = i
            i += 1
            guard i < chars.count else { throw PythonError("ValueError", "incomplete format") }
            var key: String? = nil
            if chars[i] == "(" {
                guard let m = mapping else { throw PythonError("TypeError", "format requires a mapping") }
                var depth = 1
                var j = i + 1
                while j < chars.count && depth > 0 {
                    if chars[j] == "(" { depth += 1 } else if chars[j] == ")" { depth -= 1 }
                    j += 1
                }
                guard depth == 0 else { throw PythonError("ValueError", "incomplete format key") }
                key = String(chars[(i + 1)..<(j - 1)])
                i = j
                _ = m
                usedMapping = true
            }
            var flags = Set<Character>()
            while i < chars.count, "-+ #0".contains(chars[i]) { flags.insert(chars[i]); i += 1 }
            var width = ""
            if i < chars.count && chars[i] == "*" {
                width = try star()
                i += 1
            } else {
                while i < chars.count && chars[i].isASCII && chars[i].isNumber { width.append(chars[i]); i += 1 }
            }
            var precision: String? = nil
            if i < chars.count && chars[i] == "." {
                i += 1
                var p = ""
                if i < chars.count && chars[i] == "*" {
                    p = try star()
                    i += 1
                } else {
                    while i < chars.count && chars[i].isASCII && chars[i].isNumber { p.append(chars[i]); i += 1 }
                }
                precision = p.isEmpty ? "0" : p
            }
            while i < chars.count, "hlL".contains(chars[i]) { i += 1 }
            guard i < chars.count else { throw PythonError("ValueError", "incomplete format") }
            let type = chars[i]
            i += 1
            if type == "%" {
                out.append("%")
                continue
            }
            let value: Value
            if let key {
                value = try getItem(mapping!, bytes ? try BytesObject.make(self, key.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
                                                    : try makeStr(key))
            } else {
                value = try take()
            }
            var align = ""
            if let w = Int(width), w < 0 { width = String(-w); flags.insert("-") }
            if flags.contains("-") { align = "<" } else if !width.isEmpty && !"sr a c".contains(type) || type == "c" { align = ">" }
            let sign = flags.contains("+") ? "+" : (flags.contains(" ") ? " " : "")
            let zero = flags.contains("0") && !flags.contains("-") && "diouxXeEfFgG".contains(type) ? "0" : ""
            let alternate = flags.contains("#") ? "#" : ""
            let precisionPart = precision.map { "." + $0 } ?? ""
            switch type {
            case "s" where bytes, "b" where bytes:
                let data: [UInt8]
                if let b = BytesObject.view(value) {
                    data = Array(b)
                } else if let b = try BytesMethods.bytesDunder(self, value) {
                    data = BytesObject.array(b)!
                } else {
                    throw PythonError("TypeError", "%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(value))'")
                }
                out += try format(try makeStr(Self.latin1(data)), (flags.contains("-") ? "<" : ">") + width + precisionPart)
            case "r" where bytes, "a" where bytes:
                out += try format(try makeStr(PythonRepr.asciiEscaped(try repr(value))), (flags.contains("-") ? "<" : ">") + width + precisionPart)
            case "c" where bytes:
                var byte: UInt8
                if IntArithmetic.isInt(value) || value.isBool {
                    let n = try BuiltinMethods.index(self, value)
                    guard n >= 0 && n < 256 else { throw PythonError("OverflowError", "%c arg not in range(256)") }
                    byte = UInt8(n)
                } else if let b = BytesObject.view(value), b.count == 1 {
                    byte = b[0]
                } else {
                    throw PythonError("TypeError", "%c requires an integer in range(256) or a single byte")
                }
                out += try format(try makeStr(Self.latin1([byte])), (flags.contains("-") ? "<" : ">") + width)
            case "s", "r", "a":
                var text = type == "s" ? try str(value) : try repr(value)
                if type == "a" { text = PythonRepr.asciiEscaped(text) }
                out += try format(try makeStr(text), (flags.contains("-") ? "<" : ">") + width + precisionPart)
            case "c":
                let value = ImmutableSubclass.unboxed(value)
                var ch: Value = value
                if IntArithmetic.isInt(value) {
                    let n = try BuiltinMethods.index(self, value)
                    guard n >= 0 && n <= 0x10FFFF else { throw PythonError("OverflowError", "%c arg not in range(0x110000)") }
                    ch = try StrMethods.make(self, [UInt32(n)])
                } else if !(StrObject.isStr(value) && StrObject.length(value.asObject) == 1) {
                    throw PythonError("TypeError", "%c requires int or char")
                }
                out += try format(ch, (flags.contains("-") ? "<" : ">") + width)
            case "d", "i", "u", "x", "X", "o":
                let value = ImmutableSubclass.unboxed(value)
                var n = value
                if value.isDouble {
                    if "xXo".contains(type) {
                        throw PythonError("TypeError", "%\(type) format: an integer is required, not float")
                    }
                    n = try intResult { try ints.fromDouble(value.asDouble.rounded(.towardZero)) }
                } else if value.isBool {
                    n = Value(uncheckedSmallInt: value == .true ? 1 : 0)
                } else if !IntArithmetic.isInt(value) {
                    if let m = try userMethod(value, "__index__") ?? (try userMethod(value, "__int__")) {
                        n = try callSpecial(m, value, [])
                    } else if "xXo".contains(type) {
                        throw PythonError("TypeError", "%\(type) format: an integer is required, not \(typeName(value))")
                    } else {
                        throw PythonError("TypeError", "%\(type) format: a real number is required, not \(typeName(value))")
                    }
                }
                let t = type == "i" || type == "u" ? "d" : String(type)
                var body = try format(n, sign + alternate + zero + width + t)
                if let p = precision, let digits = Int(p), t == "d" {
                    let negative = body.hasPrefix("-")
                    var digitsText = body.trimmingPrefix(while: { !$0.isNumber })
                    while digitsText.count < digits { digitsText = "0" + digitsText }
                    body = (negative ? "-" : sign) + digitsText
                    body = try format(try makeStr(body), (flags.contains("-") ? "<" : ">") + width)
                } else if align == "<" {
                    body = try format(try makeStr(body.trimmingCharacters(" ")), "<" + width)
                }
                out += body
            case "e", "E", "f", "F", "g", "G":
                let value = ImmutableSubclass.unboxed(value)
                var d = value
                if !(value.isDouble || IntArithmetic.isInt(value) || value.isBool) {
                    if let m = try userMethod(value, "__float__") { d = try callSpecial(m, value, []) } else {
                        throw PythonError("TypeError", "must be real number, not \(typeName(value))")
                    }
                }
                if !d.isDouble { d = Value(double: try intResult { try ints.toDouble(d.isBool ? Value(uncheckedSmallInt: d == .true ? 1 : 0) : d) }) }
                let p = precision ?? "6"
                out += try format(d, (align == "<" ? "<" : "") + sign + alternate + zero + width + "." + p + String(type))
            default:
                let code = String(type.unicodeScalars.first!.value, radix: 16)
                throw PythonError("ValueError", "unsupported format character '\(type)' (0x\(code)) at index \(i - 1)")
            }
            _ = start
        }
        if next < items.count && !usedMapping && !(mapping != nil && items.count == 1) {
            throw PythonError("TypeError", "not all arguments converted during \(bytes ? "bytes" : "string") formatting")
        }
        return out
    }
}

private extension String {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> String {
        String(drop(while: predicate))
    }

    func trimmingCharacters(_ c: Character) -> String {
        var s = Substring(self)
        while s.first == c { s = s.dropFirst() }
        while s.last == c { s = s.dropLast() }
        return String(s)
    }
}
