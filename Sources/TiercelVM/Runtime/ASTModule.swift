import TiercelFrontEnd

/// `_ast`: the node classes (from ASTNodeTable) and compile()'s
/// PyCF_ONLY_AST. The tree is built from the front end's ast.dump text
/// (with positions), which names each node and field in CPython's order:
/// `_tree` reads it with an explicit stack, so a deep tree does not meet
/// the recursion or nesting limits that evaluating the text would.
enum ASTModule {
    static let onlyAST = 0x400

    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "_ast", python) { rt, d in
            try NativeModules.value(rt, d, "_rows", try rt.makeStr(ASTNodeTable.rows))
        }
    }

    /// compile(source, file, mode, PyCF_ONLY_AST): the tree as `_ast` objects.
    static func tree(_ rt: Runtime, _ module: Module, mode: String) throws -> Value {
        let text = ASTDumper.dump(module, includeAttributes: true)
        let build = try rt.getAttr(try rt.loadModule("_ast"), try rt.intern("_tree"))
        return try rt.withTemporaryRoots(2) { roots in
            roots[0] = try rt.makeStr(text)
            roots[1] = try rt.makeStr(mode)
            return try rt.call(build, [roots[0], roots[1]])
        }
    }

    /// The source text of an AST object given to compile(), exec() or eval()
    /// (ast.unparse's), with the mode its root implies; nil for other objects.
    static func sourceOfTree(_ rt: Runtime, _ v: Value) throws -> String? {
        guard v.isObject, v.asObject.objectKind == .instance,
              let modules = try DictObject.get(ModuleObject.dict(rt.sysModule.asObject), try rt.intern("modules"), rt.ops),
              let astModule = try DictObject.get(modules.asObject, try rt.intern("_ast"), rt.ops),
              let base = try rt.getAttrOrNil(astModule, try rt.intern("AST")),
              TypeObject.isSubtype(rt.typeOf(v).asObject, base.asObject) else { return nil }
        let unparse = try rt.getAttr(try rt.loadModule("ast"), try rt.intern("unparse"))
        return try rt.str(try rt.call(unparse, [v]))
    }

    static let python = """
    PyCF_ONLY_AST = 1024
    PyCF_TYPE_COMMENTS = 4096
    PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192

    class AST:
        _fields = ()
        _attributes = ()
        __match_args__ = ()

        def __init__(self, *args, **kwargs):
            fields = type(self)._fields
            if len(args) > len(fields):
                plural = "" if len(fields) == 1 else "s"
                raise TypeError(f"{type(self).__name__} constructor takes at most {len(fields)} positional argument{plural}")
            for name, value in zip(fields, args):
                setattr(self, name, value)
            for name, value in kwargs.items():
                if name in fields[:len(args)]:
                    raise TypeError(f"{type(self).__name__} got multiple values for argument '{name}'")
                setattr(self, name, value)

        def __reduce__(self):
            return type(self), (), self.__dict__ or None

    AST.__module__ = "ast"

    def _make_classes(rows):
        made = {"AST": AST}
        for row in rows.split("\\n"):
            name, bases, fields, attributes, defaults = row.strip().split("|")
            split = lambda text: tuple(text.split(",")) if text else ()
            namespace = {"_fields": split(fields), "_attributes": split(attributes),
                         "__match_args__": split(fields), "__module__": "ast"}
            for field in split(defaults):
                namespace[field] = None
            made[name] = type(name, tuple(made[b] for b in split(bases)), namespace)
        return made

    globals().update(_make_classes(_rows))
    del _rows, _make_classes

    _LITERALS = {"None": None, "True": True, "False": False, "Ellipsis": ..., "inf": float("inf"), "infj": complex(0, float("inf"))}

    def _tree(text, mode):
        # ast.dump text: Name(field=value, ...), [values], and literal reprs.
        import re
        token = re.compile(r"\\s*(?:(b?'(?:[^'\\\\]|\\\\.)*'|b?\\"(?:[^\\"\\\\]|\\\\.)*\\")|([A-Za-z_]\\w*)(\\(|=)?|([-+.\\w]+)|([()\\[\\],]))", re.S)
        namespace = globals()
        stack = []  # [class, fields dict, pending field name] or [list]
        result = None
        position = 0
        end = len(text)

        def deliver(value):
            nonlocal result
            if not stack:
                result = value
                return
            top = stack[-1]
            if len(top) == 1:
                top[0].append(value)
            else:
                top[1][top[2]] = value

        while position < end:
            m = token.match(text, position)
            if m is None:
                raise SyntaxError(f"unreadable AST dump at offset {position}")
            position = m.end()
            string, name, follow, number, punctuation = m.groups()
            if string is not None:
                deliver(eval(string, {"__builtins__": {}}))
            elif name is not None and follow == "(":
                stack.append([namespace[name], {}, None])
            elif name is not None and follow == "=":
                stack[-1][2] = name
            elif name is not None:
                deliver(_LITERALS[name])
            elif number is not None:
                deliver(eval(number, {"__builtins__": {}}))
            elif punctuation == "[":
                stack.append([[]])
            elif punctuation == "]":
                deliver(stack.pop()[0])
            elif punctuation == ")":
                cls, fields, _ = stack.pop()
                deliver(cls(**fields))
        if mode == "eval":
            return Expression(body=result.body[0].value)
        return result
    """
}
