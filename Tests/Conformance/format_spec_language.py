# The format-spec mini-language across float, int, str, complex and bool: types, alignment, zero padding with grouping, z, errors.
vals = [0.0, -0.0, 1.0, 10.0, 120.0, 0.5, 1e16, 12345.678, 5.0, 99.9, 0.0001, 0.00001, 1.5, 2.25, 1e-7, 1e20, 123456789.0, float('inf'), float('nan'), -float('inf')]
for spec in ['.1', '.2', '.3', '.12', '#.2', '', '10', 'n', '.3n', '+.2', 'z.1f', 'z.0f', ' .3', '08.2f', '0=+10.2f', '*^12.3e', '#.0e', '#g', '.0%', '010,.2f', '_', ',', ',.3f', 'E', 'G', '.2F', '%']:
    out = []
    for v in vals:
        try: out.append(format(v, spec))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(repr(spec), out)
for v in [0, 7, -7, 255, 2**40, -2**20, 10**20]:
    out=[]
    for spec in ['#010b', '#010x', '#010o', '#X', '#>12', '*>#12x', 'b', 'd', 'n', '#x', '#b', 'X', '#012_x', ',', '_', '010,', '+', ' ', '=+8', '^9', 'c', '.2f', 'e', '%', '_b', '_o', ',d']:
        try: out.append(format(v, spec))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(v, out)
for s in ['abc', 'héllo', '']:
    out=[]
    for spec in ['', '10', '<10', '>10', '^10', '-^11', '.2', '10.3', 'x<4', '05', '=5', '+', ' ', '#', ',', '_', 'z', 's', 'd', '0>5']:
        try: out.append(format(s, spec))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(repr(s), out)
for spec in ['.2n,', '10.2.1f', ',,', '__', ',_', '_,', 'z', 'zd', '5 d', 'c', '+c', '#c', ',c', '.2d', '12345678901234567890']:
    try: print(spec, format(5, spec))
    except Exception as e: print(spec, type(e).__name__, e)
print("{:{}{}{}}".format(3, "*", "^", 9), "{0:{1}}".format(5, "04"), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
try: print("{:{:{}}}".format(1, 2, 3))
except ValueError as e: print(e)
for z in [1+2j, -1.5-0.5j, 3j, complex(0, -0.0)]:
    out=[]
    for spec in ['', '.2f', '>20', '<15.1e', '^20', '+', '.3', 'g', 'E', '010', '=10', '0<5', '_', ',.2f', 'd', '%']:
        try: out.append(format(z, spec))
        except Exception as e: out.append(type(e).__name__ + ':' + str(e))
    print(z, out)
print(format(True, 'd'), format(True, '^5'), format(False, ''), format(True, '.2f'))
