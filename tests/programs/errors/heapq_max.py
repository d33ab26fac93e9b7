# heapq's max-heap helpers
import heapq

heap = [3, 9, 1, 7, 5]
heapq._heapify_max(heap)
print(heap)
print(heapq._heappop_max(heap), heap)
print(heapq._heapreplace_max(heap, 4), heap)
try:
    heapq._heappop_max([])
except IndexError as e:
    print(e)
heapq._heapify_max(5)
