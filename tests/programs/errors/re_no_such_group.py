# asking a Match for a group the pattern does not have raises IndexError
import re

m = re.match(r"(\d+)-(\d+)", "10-20")
print(m.group(1), m.group(2))
print(m.group(3))
