# a set's size is its table: 8 entries inside the object, then a block that doubles or more
import sys

seen = set()
last = sys.getsizeof(seen)
print(0, last)
for i in range(100):
    seen.add(i)
    size = sys.getsizeof(seen)
    if size != last:
        print(len(seen), size)
        last = size
for i in range(100):
    seen.discard(i)
print("emptied by discard", len(seen), sys.getsizeof(seen))
seen.clear()
print("clear", sys.getsizeof(seen))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))), sys.getsizeof(frozenset(range(5))))
print(sys.getsizeof({i for i in range(5)}), sys.getsizeof(set(range(5)) | {9}))
