# unsupported: heapq.merge() line 4
import heapq

print(list(heapq.merge([1, 3], [2, 4])))
