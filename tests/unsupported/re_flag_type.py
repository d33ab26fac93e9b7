# unsupported: type() line 4
import re

print(type(re.I | re.M))
