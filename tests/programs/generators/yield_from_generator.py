# yield from a generator resumes both frames and passes its return value back
def inner():
    yield 1
    yield 2
    return 3

def outer():
    r = yield from inner()
    yield r

for v in outer():
    print(v)
