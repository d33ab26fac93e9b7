# unsupported: re.RegexFlag line 4
import re

print(re.RegexFlag.IGNORECASE)
