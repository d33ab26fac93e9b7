# heapq.merge: unstarted
import heapq

merged = heapq.merge([3, 5], [4])
print(type(merged).__name__, iter(merged) is merged)
del merged
print(list(heapq.merge([1])))
