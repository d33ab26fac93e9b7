# heapq functions need a real list
import heapq

heapq.heappush((1, 2), 3)
