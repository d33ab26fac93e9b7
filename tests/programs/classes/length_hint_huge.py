# A __length_hint__ only sizes a buffer: past this machine's memory CPython's request fails with MemoryError, below it the hint changes nothing
class Stream:
    def __init__(self, hint):
        self.hint = hint

    def __iter__(self):
        return iter([1, 2])

    def __length_hint__(self):
        return self.hint


print(list(Stream(200_000_000)))
out = [0]
out.extend(Stream(150_000_000))
print(out)
try:
    list(Stream(10**15))
except MemoryError as e:
    print("MemoryError", repr(e))
try:
    print(tuple(Stream(2**61)))
except MemoryError as e:
    print("MemoryError", repr(e))
print([0, *Stream(2**63 - 1)])
