# heapq keeps a list as a min-heap in place; heappop returns the very object pushed
import heapq

heap = []
for word in ["pear", "apple", "fig", "kiwi", "banana"]:
    heapq.heappush(heap, word)
first = heap[0]
smallest = heapq.heappop(heap)
print(smallest, smallest is first, heap)
print(heapq.heappushpop(heap, "aaa"), heapq.heapreplace(heap, "zzz"), heap)
