# unsupported: bytes line 4
import re

print(re.findall(rb"\d+", b"a1b22"))
