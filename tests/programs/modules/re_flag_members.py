# re.RegexFlag as an enum class: its members, lookup by value and by name, iterating a flag and `in`
import re

print(list(re.RegexFlag), len(re.RegexFlag))
print(re.RegexFlag(6), re.RegexFlag["DOTALL"], re.RegexFlag(2.0))
both = re.I | re.M | re.S
print(list(both), len(both), re.M in both, re.X in both)
print(re.RegexFlag._member_names_)
print(bool(re.NOFLAG), bool(re.I), re.I == 2, re.I != 2, hash(re.I) == hash(2))
