# signal: Python handlers for os.kill/raise_signal of this process and for an alarm during sleep, SIGINT as KeyboardInterrupt, SIG_IGN, and the argument errors.
import signal, os, time
print(signal.getsignal(signal.SIGINT), signal.SIGINT, repr(signal.SIGTERM))
got = []
old = signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
print(old)
os.kill(os.getpid(), signal.SIGUSR1)
print(got)
signal.raise_signal(signal.SIGUSR1)
print(got, signal.getsignal(signal.SIGUSR1) is not None)
try:
    os.kill(os.getpid(), signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
signal.signal(signal.SIGINT, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGINT)
print("ignored", signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGALRM, lambda n, f: got.append("alarm"))
signal.alarm(1)
time.sleep(2)
print(got)
for bad in [lambda: signal.signal(0, signal.SIG_DFL), lambda: signal.signal(signal.SIGUSR1, 5), lambda: signal.signal(signal.SIGKILL, signal.SIG_IGN)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(signal.strsignal(signal.SIGTERM), len(signal.valid_signals()) > 30, signal.Signals.SIGINT.name, signal.Signals(6).name)
