# re flags act as their ints: int(), ==, hashing as dict keys, | with an int, .value and .name
import re

both = re.I | re.M
print(int(re.I), re.I == 2, both == 10, re.I | 8)
print(both.value, both.name, re.NOFLAG.value)
names = {re.I: "ignore case", 8: "multiline"}
print(names[2], names[re.M])
print(re.I | re.M is both, bool(re.NOFLAG))
print(re.findall("a", "aA", 2))
