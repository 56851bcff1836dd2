/// atexit: functions registered to run when the program ends, last
/// registered first, after the main module finishes or fails (and before a
/// SystemExit or KeyboardInterrupt ends the process), as CPython's
/// finalization runs them. An exception in one is reported and the rest run.
enum AtexitModule {
    static func make(_ rt: Runtime) throws -> Value {
        try NativeModules.withPython(rt, "atexit", python)
    }

    static let python = """
    _callbacks = []

    def register(func, /, *args, **kwargs):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        _callbacks.append((func, args, kwargs))
        return func

    def unregister(func, /):
        _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]

    def _clear():
        _callbacks.clear()

    def _ncallbacks():
        return len(_callbacks)

    def _run_exitfuncs():
        while _callbacks:
            func, args, kwargs = _callbacks.pop()
            func(*args, **kwargs)
    """

    /// At exit: each registered callback, if the program imported atexit.
    static func runCallbacks(_ rt: Runtime) {
        guard let modulesKey = try? rt.intern("modules"), let atexitKey = try? rt.intern("atexit"),
              let modules = try? DictObject.get(ModuleObject.dict(rt.sysModule.asObject), modulesKey, rt.ops),
              DictObject.isDict(modules), let m = try? DictObject.get(modules.asObject, atexitKey, rt.ops),
              m.isObject, m.asObject.objectKind == .module,
              let list = try? DictObject.get(ModuleObject.dict(m.asObject), try rt.intern("_callbacks"), rt.ops),
              ListObject.isList(list) else { return }
        rt.pin(list)
        while ListObject.count(list.asObject) > 0 {
            guard let entry = try? ListObject.pop(rt, list.asObject, nil), TupleObject.isTuple(entry),
                  TupleObject.count(entry.asObject) == 3 else { continue }
            // The popped entry is rooted while its function runs (and is reported).
            _ = try? rt.withTemporaryRoots(1) { roots in
                roots[0] = entry
                let items = TupleObject.items(entry.asObject)
                let function = items[0]
                do {
                    let args = Array(UnsafeBufferPointer(start: TupleObject.items(items[1].asObject), count: TupleObject.count(items[1].asObject)))
                    let keywords = DictObject.items(items[2].asObject)
                    _ = try rt.call(function, args, keywords: keywords)
                } catch {
                    rt.reportIgnored(error, in: function, while: "in atexit callback")
                }
            }
        }
    }
}
