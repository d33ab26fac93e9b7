# unsupported: isinstance() line 4
import re

print(isinstance(re.I, int))
