# calling a generator function runs none of its body
def noisy():
    print("started")
    yield 1

g = noisy()
print("created")
print(next(g))
