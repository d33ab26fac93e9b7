# a for loop over a generator that returns a value sees StopIteration
def gen():
    yield 1
    return "done"

for x in gen():
    print(x)
print("after")
