#if canImport(Glibc)
import Glibc
#endif

/// Runs `body` on a thread with a large native stack. The parser and, later,
/// the compiler recurse once per nesting level; their own depth limits turn
/// pathological input into errors well before this stack runs out.
func runWithLargeStack(_ body: @escaping () -> Void, stackBytes: Int = 512 << 20) {
    final class Box { let body: () -> Void; init(_ b: @escaping () -> Void) { body = b } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, stackBytes)
    var thread = pthread_t()
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    let rc = pthread_create(&thread, &attributes, { raw in
        let box = Unmanaged<AnyObject>.fromOpaque(raw!).takeRetainedValue() as! Box
        box.body()
        return nil
    }, box)
    pthread_attr_destroy(&attributes)
    if rc != 0 {
        Unmanaged<AnyObject>.fromOpaque(box).release()
        body()
        return
    }
    // Signals sent to the process go to a thread that does not block them:
    // block them all here so the program's thread receives them, a blocking
    // call there (sleep, read) is interrupted as on CPython's main thread,
    // and os.kill of this process is handled before it returns.
    var all = sigset_t()
    sigfillset(&all)
    pthread_sigmask(SIG_BLOCK, &all, nil)
    pthread_join(thread, nil)
}
