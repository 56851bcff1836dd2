# Imports: modules and packages next to the script, relative imports, sys and math.
import sys
sys.path.insert(0, sys.path[0] + "/support")
import math
import helper
import helper as h2
from helper import double, VALUE
from helper import *
import pkg.sub
from pkg import sibling
print(helper.VALUE, h2 is helper, double(VALUE), len(sys.argv), math.sqrt(16), math.floor(-2.5), math.pi)
print(pkg.PKG, pkg.sub.cv, sibling.name, pkg.core.sibling is sibling, "VALUE" in vars(helper))
print(type(math).__name__, math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10))
print(sys.getrecursionlimit(), sys.maxsize, "helper" in sys.modules, sys.modules["pkg.core"].core_value)
sys.stdout.write("written\n")
print("to stderr", file=sys.stderr)
try:
    import nonexistent_module
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper import missing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    math.sqrt(-1)
except ValueError as e:
    print(e)
sys.exit(3)
