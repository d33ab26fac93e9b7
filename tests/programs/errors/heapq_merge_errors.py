# heapq.merge: its errors
import heapq

print(type(heapq.merge([1])).__name__)
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print(e)
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print(e)
try:
    heapq.merge([1], order=True)
except TypeError as e:
    print(e)
print(sorted(heapq.merge([2], [1]), reverse=True))
list(heapq.merge([1, 2], [3], key=abs, reverse=1, extra=0))
