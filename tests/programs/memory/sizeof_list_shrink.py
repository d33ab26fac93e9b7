# a list shrinks its block only when it falls below half of it; clear() frees it all
import sys

items = list(range(32))
print(len(items), sys.getsizeof(items))
while items:
    items.pop()
    print(len(items), sys.getsizeof(items))
items = list(range(10))
del items[2:8]
print("del slice", sys.getsizeof(items))
items[1:1] = range(20)
print("slice assignment", sys.getsizeof(items))
del items[::2]
print("del extended slice", sys.getsizeof(items))
items.clear()
print("clear", sys.getsizeof(items))
items.extend((1, 2, 3))
print("extend into an empty block", sys.getsizeof(items))
