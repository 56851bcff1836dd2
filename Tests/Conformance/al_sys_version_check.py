# Programs that guard on the interpreter version, via sys.version_info's
# named fields and tuple comparison.
import sys

vi = sys.version_info
print(vi[:2] >= (3, 8), vi >= (3, 11), len(vi))
print(vi.major, vi.minor >= 11, vi.releaselevel in ("alpha", "beta", "candidate", "final"))
if vi.major < 3:
    raise SystemExit("needs Python 3")
print("ok")
