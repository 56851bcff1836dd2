# The regular-expression engine: repeats, branches, groups, lookarounds,
# backreferences, atomic groups and possessive repeats, against CPython.
import re

def show(pattern, text, flags=0):
    m = re.search(pattern, text, flags)
    if m is None:
        print(repr(pattern), repr(text), None)
    else:
        print(repr(pattern), repr(text), m.span(), m.groups(), m.lastindex)

cases = [
    (r'a+', 'baaac'), (r'a*', 'bbb'), (r'a+?', 'aaa'), (r'a{2,3}', 'aaaa'), (r'a{2,}?b', 'aaab'),
    (r'(ab)+', 'xababab'), (r'(ab)*?c', 'ababc'), (r'(a|b)*c', 'abbac'), (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(?:(a)|b)*', 'ab'), (r'(?:(a)|(b))*', 'ab'), (r'((a)|b)+', 'ab'), (r'(a)*', 'aa'),
    (r'(a?)+', 'aa'), (r'(a*)*', 'b'), (r'(a*)+', 'b'), (r'(a|)+b', 'aab'), (r'(?:a*)*b', 'aaab'),
    (r'x(?=y)', 'xxy'), (r'x(?!y)', 'xyxz'), (r'(?<=a)b', 'cbab'), (r'(?<!a)b', 'abcb'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!(a)b)a', 'ac'), (r'(?<=(a))b', 'ab'),
    (r'(\w+) \1', 'hey hey'), (r'(a)(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>["\']).*?(?P=q)', 'say "hi" now'),
    (r'(?>a+)b', 'aab'), (r'(?>a+)a', 'aaa'), (r'(?:a|ab)++c', 'abc'), (r'a*+a', 'aaa'), (r'(a?)++', 'aa'),
    (r'a++b', 'aaab'), (r'(?:ab)*+', 'ababa'), (r'(?:ab){2}+c', 'ababc'), (r'a?+a', 'a'),
    (r'^abc$', 'abc'), (r'^b', 'ab'), (r'(?m)^b', 'a\nb'), (r'a$', 'a\n'), (r'a\Z', 'a\n'), (r'\Aa', 'ba'),
    (r'\bfoo\b', 'a foo b'), (r'\Bo\B', 'foo'), (r'\b', ''), (r'\B', ''),
    (r'\d+\s+\w+', 'x 12  abc'), (r'\D\S\W', '1a b!'), (r'[^abc]+', 'abxyzc'), (r'[a-c-]+', 'x-a-b'),
    (r'[\d.]+', 'v1.2.3x'), (r'.+', 'a\nb'), (r'(?s).+', 'a\nb'), (r'a.c', 'a\nc abc'),
    (r'(?i)hello', 'HeLLo'), (r'(?i)[a-z]+', 'ABC'), (r'(?i)straße', 'STRASSE'), (r'(?i)σ', 'Σς'),
    (r'(?i)[à-ÿ]+', 'ÀÉÿ'), (r'é+', 'éé'), (r'\w+', 'naïve café'), (r'(?a)\w+', 'naïve'), (r'\d', '٣'),
    (r'(?x) a  b # comment', 'ab'), (r'x*', 'axx'), (r'', 'abc'), (r'(?:)', ''), (r'a|b|c', 'zzc'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'), (r'[\u4e00-\u9fff]+', 'ab中文c'),
    (r'\U0001F600+', 'x😀😀'), (r'[😀-😂]', 'a😁'), (r'(a+)+$', 'aaaaaaaaaaaaaaaaaaaaab'),
]
for pattern, text in cases:
    show(pattern, text)

print(re.match(r'a', 'ba', ) , re.compile(r'a').match('ba', 1), re.compile(r'^a').search('ba', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'\w+').match('hello', 1, 3).group())
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*?', 'aaa'), re.compile('x*').fullmatch('abc', 2, 1))
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1))
print(re.match(rb'\d+', b'123abc'), re.findall(rb'[a-z]', bytearray(b'a1b')), re.search(rb'(?i)K', b'k'))
print(re.search(r'b', memoryview(b'abc').tobytes().decode()), re.search(rb'b', memoryview(b'abc')))
long = 'ab' * 50000
print(len(re.match(r'(?:ab)*', long).group()), len(re.match(r'(a|b)*', long).group()), re.match(r'(a|b)*', long).group(1))
print(len(re.findall(r'a', long)), re.search(r'(ab)+c', long + 'c').span())
