# heappop on an empty list raises IndexError
import heapq

heap = [3]
heapq.heappop(heap)
heapq.heappop(heap)
