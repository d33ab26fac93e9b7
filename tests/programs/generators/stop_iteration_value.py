# A generator's `return x` is StopIteration.value, seen by next(), send() and `yield from`
def two():
    yield 1
    return [1, 2]


g = two()
next(g)
try:
    next(g)
except StopIteration as e:
    kept = e.value
    print(kept, e.args)


def delegator():
    result = yield from two()
    print("got", result)
    return result


d = delegator()
for item in d:
    print(item)
s = two()
s.send(None)
try:
    s.send("x")
except StopIteration as e:
    print(e.value is not kept, e.value == kept)
