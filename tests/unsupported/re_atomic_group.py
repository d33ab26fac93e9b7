# unsupported: atomic line 4
import re

print(re.match(r"(?>a+)b", "aab"))
