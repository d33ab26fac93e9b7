# unsupported: possessive line 4
import re

print(re.findall(r"a++b", "aab"))
