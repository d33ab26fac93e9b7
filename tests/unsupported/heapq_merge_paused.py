# unsupported: heapq.merge() line 5
import heapq

merged = heapq.merge([1, 3], [2])
print(next(merged))
