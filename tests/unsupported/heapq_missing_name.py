# unsupported: heapq._heapify_max line 4
import heapq

heapq._heapify_max([1, 2])
