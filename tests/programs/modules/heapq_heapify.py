# heapify rearranges a list in place; nlargest and nsmallest build new lists
import heapq

nums = [9, 4, 7, 1, 8, 2, 6, 3, 5]
heapq.heapify(nums)
print(nums)
print(heapq.nsmallest(3, nums), heapq.nlargest(2, nums))
pairs = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2)]
print(heapq.nlargest(2, pairs, key=lambda p: p[1]))
print(heapq.nsmallest(1, pairs, key=lambda p: p[1]), heapq.nsmallest(10, nums))
