# unsupported: a heapq.merge() generator paused where the diagram shows it line 5
import heapq

merged = heapq.merge([1, 3], [2])
print(next(merged))
