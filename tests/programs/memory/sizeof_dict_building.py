# how a dict is made decides its table: displays and fromkeys presize, copies may clone
import sys

x = 1
print(sys.getsizeof({}), sys.getsizeof(dict()))
print(sys.getsizeof({"a": x, "b": x, "c": x, "d": x, "e": x, "f": x, "g": x}))
print(sys.getsizeof({str(i): i for i in range(7)}))
print(sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7)))
print(sys.getsizeof(dict([("a", 1), ("b", 2)])))
print(sys.getsizeof(dict.fromkeys("ab")), sys.getsizeof(dict.fromkeys({"a": 1, "b": 2})))
print(sys.getsizeof(dict.fromkeys({1, 2})), sys.getsizeof(dict.fromkeys(range(10))))
big = {}
for i in range(20):
    big[i] = i
for i in range(15):
    del big[i]
print("copy", sys.getsizeof(big), sys.getsizeof(big.copy()), sys.getsizeof(dict(big)))
print("empty copy", sys.getsizeof({}.copy()))
small = {"a": 1}
small.update({"b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7})
print("update", sys.getsizeof(small))
small.update(h=8, i=9)
print("update by name", sys.getsizeof(small))
small |= {1: 2}
print("|=", sys.getsizeof(small), sys.getsizeof(small | {2: 3}))
