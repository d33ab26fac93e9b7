# a parenthesised target over several lines is unpacked on its opening line, then stored item by item
heap = [5, 1, 4]
i, j = 0, 1
(
    heap[i],
    heap[j],
) = heap[j], heap[i]
[
    first,
    second,
    third,
] = heap
print(heap, first, second, third)
