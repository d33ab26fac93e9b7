# unsupported: set_int_max_str_digits line 4
import sys

sys.set_int_max_str_digits(0)
print(str(10**5000)[:5])
