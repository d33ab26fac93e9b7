# unsupported: list line 5
import sys

names = dir()
print(sys.getsizeof(names))
