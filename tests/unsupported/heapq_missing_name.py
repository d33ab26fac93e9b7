# unsupported: heapq._siftup line 4
import heapq

heapq._siftup([2, 1], 0)
