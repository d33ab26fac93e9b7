# sys.getsizeof of a tuple counts 8 bytes per item, not the items themselves
import sys

empty = ()
pair = (1, 2)
nested = (pair, pair, [1, 2, 3])
print(sys.getsizeof(empty), sys.getsizeof(pair), sys.getsizeof(nested))
print(sys.getsizeof(range(1000)), sys.getsizeof(slice(1, 5)))
