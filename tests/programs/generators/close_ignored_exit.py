# A generator that catches GeneratorExit and yields again: close() raises RuntimeError
def stubborn():
    ignored = 0
    while True:
        try:
            yield "working"
        except GeneratorExit:
            ignored += 1
            print("not stopping", ignored)
            if ignored > 1:
                return


s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s))
print(s.close())
