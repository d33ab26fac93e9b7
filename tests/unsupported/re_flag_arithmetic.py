# unsupported: re.RegexFlag line 4
import re

print(re.IGNORECASE + 1)
