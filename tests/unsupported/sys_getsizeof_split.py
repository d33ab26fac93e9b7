# unsupported: list line 5
import sys

words = "to be or not to be".split()
print(sys.getsizeof(words))
