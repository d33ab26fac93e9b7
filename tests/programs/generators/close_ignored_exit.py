# A generator that catches GeneratorExit and yields again: close() raises RuntimeError
def stubborn():
    while True:
        try:
            yield "working"
        except GeneratorExit:
            print("not stopping")


s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s))
