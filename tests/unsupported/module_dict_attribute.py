# unsupported: __dict__ line 5
# every CPython module has __dict__ (its namespace as a dict); hasattr must not say False
import math

print(hasattr(math, "__dict__"))
