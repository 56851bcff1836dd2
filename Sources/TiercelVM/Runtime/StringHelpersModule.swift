/// _string: the str.format parsing hooks string.Formatter is built on,
/// written in Python.
enum StringHelpersModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_string", pythonPart)
    }

    static let pythonPart = """
def formatter_parser(s):
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)
    return iter(_parse(s))

def _parse(s):
    out = []
    i, n = 0, len(s)
    while i < n:
        literal = []
        field = None
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{'); i += 2
                    out.append((''.join(literal), None, None, None)); literal = None
                    break
                field = i + 1
                i += 1
                break
            if c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}'); i += 2
                    out.append((''.join(literal), None, None, None)); literal = None
                    break
                raise ValueError("Single '}' encountered in format string")
            literal.append(c); i += 1
        if literal is None:
            continue
        if field is None:
            if literal:
                out.append((''.join(literal), None, None, None))
            break
        depth = 1
        j = field
        in_name = True
        while j < n:
            if in_name and s[j] == '[':
                while j < n and s[j] != ']':
                    j += 1
                continue
            if in_name and s[j] in ':!':
                in_name = False
            if s[j] == '{':
                if in_name:
                    raise ValueError("unexpected '{' in field name")
                depth += 1
            elif s[j] == '}':
                depth -= 1
                if depth == 0:
                    break
            j += 1
        if j >= n:
            if field >= n:
                raise ValueError("Single '{' encountered in format string")
            raise ValueError("expected '}' before end of string")
        body = s[field:j]
        i = j + 1
        k, m = 0, len(body)
        while k < m:
            c = body[k]
            if c == '[':
                while k < m and body[k] != ']':
                    k += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in ':!':
                break
            k += 1
        name = body[:k]
        conversion = None
        spec = ''
        if k < m and body[k] == '!':
            if k + 1 >= m:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = body[k + 1]
            k += 2
            if k < m:
                if body[k] != ':':
                    raise ValueError("expected ':' after conversion specifier")
        if k < m and body[k] == ':':
            spec = body[k + 1:]
        out.append((''.join(literal), name, spec, conversion))
    return out

def _key(text):
    if text.isdigit() and text.isascii():
        return int(text)
    return text

def formatter_field_name_split(name):
    if not isinstance(name, str):
        raise TypeError("expected str, got %s" % type(name).__name__)
    i, n = 0, len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = _key(name[:i])
    rest = []
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            j = i
            while j < n and name[j] not in '.[':
                j += 1
            if j == i:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name[i:j]))
            i = j
        elif c == '[':
            j = i
            while j < n and name[j] != ']':
                j += 1
            if j >= n:
                raise ValueError("Missing ']' in format string")
            if j == i:
                raise ValueError("Empty attribute in format string")
            rest.append((False, _key(name[i:j])))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)
"""
}
