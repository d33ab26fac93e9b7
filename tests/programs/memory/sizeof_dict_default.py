# a dict's size cannot be half-read: getsizeof's errors and its default are CPython's
import sys

print(sys.getsizeof({"a": 1}, 0))
try:
    sys.getsizeof()
except TypeError as e:
    print(e)
try:
    sys.getsizeof({}, 1, 2)
except TypeError as e:
    print(e)
d = {"k": 1}
del d["k"]
try:
    del d["k"]
except KeyError as e:
    print("KeyError", e)
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e)
print(sys.getsizeof(d))
