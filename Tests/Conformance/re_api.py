# re's functions and the Pattern, Match and scanner objects.
import re

p = re.compile(r'(?P<word>\w+)(?:-(?P<num>\d+))?')
m = p.search('  spam-42 eggs')
print(m, m.group(), m.group(0, 1, 2), m['word'], m.group('num'), m.groups(), m.groupdict())
print(m.start(), m.end(), m.span('num'), m.start(2), m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos)
print(m.string, m.re is p, m.expand(r'\g<num>/\1'), m.expand(r'[\g<word>]'))
m2 = p.match('ham')
print(m2.groups(), m2.groups('-'), m2.groupdict(0), m2.span(2), m2.lastgroup)
print(p, p.pattern, p.flags, p.groups, p.groupindex, re.compile('a').groupindex)
print(re.compile('a+', re.I | re.M), re.compile(b'a', re.L), re.compile('a', re.A), re.compile('x' * 300))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('b'), hash(re.compile('a')) == hash(re.compile('a')))
print(type(p).__name__, type(m).__name__, type(p.scanner('a')).__name__, type(p.finditer('a')).__name__)

print(re.findall(r'\w+', 'hello world, foo_bar 42'), re.findall(r'(\w)(\d)?', 'a1b c3'), re.findall(r'(a)', 'aba'))
print(re.findall('', 'abc'), re.findall(r'\d*', 'a12b'), re.compile(r'o').findall('foo boo', 2, 6))
print([m.span() for m in re.finditer(r'o', 'foo boo')], [m.group() for m in re.finditer(r'\d*', 'a12b')])
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b,c', 1), re.split('x*', 'axbc'), re.split(r'(\W)?', 'a b'))
print(re.split(r'\s+', '  lead trail  '), re.split('b', 'abc', maxsplit=-1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example and ann@host'), re.sub('x*', '-', 'abxd'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.subn('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa', count=-1))
print(re.sub('a', r'\n', 'xax'), re.sub('(a)', r'\g<1>\g<0>', 'xax'), re.sub(b'a', b'-', b'banana'), re.sub('a', lambda m: None, 'aXa'))
print(re.sub('(?P<x>a)', r'<\g<x>>', 'bab'), re.escape('a.b*c?'), re.escape(b'a.b'), re.purge())
print(re.match(r'a|(b)', 'a').group(1), re.match('(a)|(b)', 'b').span(1))

s = p.scanner('one two-2 three')
print(s.pattern is p, s.search().group(), s.search().group(), s.match(), s.search().group(), s.search())
s = re.compile(r'\d').scanner('12a3')
print(s.match().group(), s.match().group(), s.match(), s.match())
sc = re.Scanner([(r'\d+', lambda s, t: int(t)), (r'[a-z]+', lambda s, t: t.upper()), (r'\s+', None)])
print(sc.scan('12 ab 7 cd!'))

for f in [lambda: p.match(), lambda: p.match('a', 1, 2, 3), lambda: p.match('a', foo=1), lambda: p.match('a', string='b'),
          lambda: p.match(1), lambda: p.match(b'a'), lambda: re.compile(b'a').match('a'), lambda: p.match('a', 'x'),
          lambda: p.sub('a'), lambda: p.split('a', 1, 2), lambda: m.group(3), lambda: m.group('x'), lambda: m.group(1.5),
          lambda: m.start(9), lambda: re.compile('a').sub(lambda m: 3, 'aa'), lambda: p.findall(None),
          lambda: m.groups(1, 2), lambda: m.expand(), lambda: re.compile('(a)').sub(r'\2', 'a'),
          lambda: re.compile('a').subn('x', 'aaa', count='a'), lambda: re.compile('('), lambda: re.compile('a{3,1}'),
          lambda: re.compile(r'(?<=a+)b'), lambda: re.compile('[z-a]'), lambda: re.compile('*'),
          lambda: re.compile(r'\9'), lambda: re.sub('a', 'b', 1), lambda: re.Pattern(), lambda: m.group([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
