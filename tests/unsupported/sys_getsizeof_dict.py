# unsupported: dict line 4
import sys

print(sys.getsizeof({"a": 1}))
