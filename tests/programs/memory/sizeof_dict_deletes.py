# deleting keys frees no entry: the table keeps its size, and a later insert may resize it
import sys

d = {}
for i in range(5):
    d[i] = i
print(sys.getsizeof(d))
for i in range(4):
    del d[i]
print("after deletes", len(d), sys.getsizeof(d))
d[10] = 10
print("one more key", len(d), sys.getsizeof(d))
d.pop(10)
print("pop", len(d), sys.getsizeof(d))
d.setdefault("a", 1)
print("setdefault", sys.getsizeof(d))
d.clear()
print("clear", sys.getsizeof(d))
stack = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
stack.popitem()
stack.popitem()
stack["f"] = 6
print("popitem", len(stack), sys.getsizeof(stack))
stack["g"] = 7
print(len(stack), sys.getsizeof(stack))
