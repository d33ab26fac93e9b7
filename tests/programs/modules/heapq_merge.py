# heapq.merge
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 1, 2], [1, 3], [])))
print(list(heapq.merge()), list(heapq.merge([5])))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge("ace", "bdf")))
for x in heapq.merge((1, 3), range(2, 5)):
    print(x)
