# the strs re returns: a whole-string group is the string itself, like CPython's slices
import re

s = "abcdef"
whole = re.match(r".*", s).group()
print(whole is s)
part = re.search(r"cd", s).group()
print(part, part is s)
print(re.split(r",", s)[0] is s)
print(re.findall(r".+", s)[0] is s)
print(re.sub(r"x", "-", s) is s)
rep = "replacement"
print(re.sub(r"abcdef", rep, s) is rep)
print(re.sub(r"(abcdef)", r"\1", s) is s)
c = "c"
one = re.search(r"c", s).group()
print(one is c)
nothing = ""
empty = re.search(r"z*", s).group()
print(empty is nothing)
