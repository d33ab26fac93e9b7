# unsupported: list line 4
import sys

print(sys.getsizeof([1, 2, 3]))
