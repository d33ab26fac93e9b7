# a paused generator keeps its local list alive until the generator itself is gone
def batches():
    buffer = [1, 2]
    yield len(buffer)
    buffer.append(3)
    yield len(buffer)


b = batches()
print(next(b))
total = 10
print(next(b))
b = None
print(total)
