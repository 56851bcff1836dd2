# The descriptions sys gives of the interpreter that portable code reads.
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info[0])
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.debug, type(sys.flags).__name__)
print(sys.maxunicode, sys.hexversion >= 0x030B0000, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_repr_style, isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.float_info)
print(sys.int_info)
print(hash(float("inf")) == sys.hash_info.inf, hash(2 ** 61) == 1, (2 ** 61 - 1) == sys.hash_info.modulus)
print(sys.gettrace(), sys.settrace(None), sys.getswitchinterval())
"""A docstring."""
import json
print(json.__doc__.splitlines()[0], __doc__)
ns = {}
exec('"""exec doc"""\nx = __doc__', ns)
print(ns["x"])
