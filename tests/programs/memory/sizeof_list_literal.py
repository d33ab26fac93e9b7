# sys.getsizeof of a list counts its slots (8 bytes each), never the items they point to
import sys

print(sys.getsizeof([1, 2, 3]))
small = [1, 2]
big = [10 ** 100, "a long string " * 10]
print(sys.getsizeof(small), sys.getsizeof(big), sys.getsizeof([small, big]))
print(sys.getsizeof([]))
