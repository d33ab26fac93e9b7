# unsupported: re.error line 4
import re

err = re.error("missing )", "a(b", 1)
print(err)
