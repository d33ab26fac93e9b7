# pprint.pformat with width 0 raises ValueError
import pprint

print(pprint.pformat({"a": 1}, width=0))
