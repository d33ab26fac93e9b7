# re.finditer: the Match objects one by one, each drawn with its span and text
import re

log = "x=1, y=22, z=333"
for m in re.finditer(r"(\w)=(\d+)", log):
    name, value = m.groups()
    print(name, value, m.start(), m.end())
matches = list(re.finditer(r"\d+", log))
print(len(matches), matches[0], matches[-1].group())
it = re.finditer(r"z", "azbz")
print(next(it).span(), next(it).span())
print(list(re.finditer(r"q", "abc")))
