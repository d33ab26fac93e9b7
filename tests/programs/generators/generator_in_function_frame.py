# a generator consumed inside a function runs on top of that function's frame
def gen():
    yield 1
    yield 2

def consume():
    total = 0
    for v in gen():
        total += v
    return total

print(consume())
