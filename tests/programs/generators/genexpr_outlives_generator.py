# a generator function hands out generator expressions reading its own variables
def batches(items, size):
    for start in range(0, len(items), size):
        yield (x * 2 for x in items[start:start + size])


gs = list(batches([1, 2, 3, 4, 5], 2))
for g in gs:
    print(list(g))
