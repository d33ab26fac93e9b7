# pushing items that cannot be compared with < fails inside heappush
import heapq

heap = []
heapq.heappush(heap, 1)
heapq.heappush(heap, "one")
