# re.match, search and fullmatch: Match objects, their groups, spans and repr
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m)
print(m.group(0), m.group(1), m.group(2))
print(m.group(1, 2), m.groups())
print(m.span(), m.start(2), m.end(2), m.span(1))
print(m[0], m[2])
print(m.string, m.re, m.pos, m.endpos)
print(m.lastindex, m.lastgroup)

s = re.search(r"\d+", "order 66 and 99")
print(s.group(), s.span())
print(re.match(r"\d+", "order 66"))
if re.fullmatch(r"[a-z]+", "hello"):
    print("all lowercase")
print(re.fullmatch(r"[a-z]+", "hello!"))
opt = re.match(r"(a)(b)?", "ac")
print(opt.groups(), opt.groups("-"), opt.span(2), opt.group(2))
print(bool(opt))
