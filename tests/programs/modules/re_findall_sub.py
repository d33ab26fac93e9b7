# re.findall with and without groups, re.sub with backreferences, named groups and counts
import re

text = "cat bat rat, mat"
print(re.findall(r"\b\w+at\b", text))
print(re.findall(r"(\w)at", text))
print(re.findall(r"(\w)(a)t", text))
print(re.findall(r"x*", "axb"))
print(re.sub(r"(\w)at", r"\1og", text))
print(re.sub(r"(?P<first>\w)at", r"<\g<first>>", text, count=2))
print(re.sub(r"\s+", " ", "a   b \n\t c"))
print(re.subn(r"a", "A", "banana"))
print(re.sub("x*", "-", "abxd"))
print(re.sub(r"(\d+)", r"[\g<0>]", "a1b22c333"))
print(re.sub(r"(a)|b", r"\1", "abab"))
print(re.sub("", "-", "abc"))
