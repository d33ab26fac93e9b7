# re.compile: Pattern objects, their attributes and methods, flags and the compile cache
import re

p = re.compile(r"(?P<key>\w+)=(?P<value>\d+)")
print(p)
print(p.pattern, p.flags, p.groups, p.groupindex)
m = p.search("x: width=40")
print(m.groupdict())
print(p.findall("a=1 b=2 c=x"))
print(p.match("zz a=1", 3))
print(p.search("a=12345", 0, 4))
print(re.compile(r"(?P<key>\w+)=(?P<value>\d+)") is p)

word = re.compile("hello", re.IGNORECASE)
print(word, word.flags)
print(word.findall("Hello HELLO hello hElLo"))
lines = "first\nsecond\nthird"
print(re.findall(r"^\w+$", lines, re.MULTILINE))
print(re.findall(r"^\w+$", lines))
print(re.match(r"a.b", "a\nb"), re.match(r"a.b", "a\nb", re.DOTALL))
verbose = re.compile(r"""
    (\d{3})   # area code
    [-\s]?
    (\d{4})   # number
""", re.VERBOSE)
print(verbose.match("555-1234").groups())
print(re.compile("a", re.I | re.M))
print(re.findall(r"(?i)abc", "ABC abc"))
print(re.findall(r"a(?i:b)c", "aBc ABC abc"))
print(p == re.compile(p.pattern), re.compile(p) is p)
re.purge()
print(re.compile(r"(?P<key>\w+)=(?P<value>\d+)") is p)
flags = re.IGNORECASE | re.MULTILINE
print(flags, flags is (re.I | re.M), int(flags), ~re.I & flags)
print(re.findall(r"^b", "A\nB\nb", flags))
