# The string module: constants, capwords, Template and Formatter (over _string).
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable), string.capwords('hello  wide world'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='pie'), t.safe_substitute(who='tim'), t.get_identifiers(), t.is_valid())
for f in [lambda: t.substitute(who='x'), lambda: string.Template('$').substitute(), lambda: string.Template('${a').substitute(a=1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
fmt = string.Formatter()
print(fmt.format('{0}-{x!r:>5}|{y[1]}|{z.real}', 1, x='a', y=[7, 8], z=3j), fmt.vformat('{a:{w}.{p}f}', (), {'a': 3.14159, 'w': 8, 'p': 2}))
print(list(fmt.parse('a{0!r:>10}b{{c}}')), list(fmt.parse('{}{x}')))
import _string
print(list(_string.formatter_parser('x{a.b[0]:^{w}}y')), _string.formatter_field_name_split('a.b[0]')[0],
      list(_string.formatter_field_name_split('a.b[0][k]')[1]))
for s in ['}', '{', 'a{', '{0!rx}', '{x{y}']:
    try:
        print(list(_string.formatter_parser(s)))
    except ValueError as e:
        print('ValueError', e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
print(Upper().format('{} and {name}', 'abc', name='def'))
