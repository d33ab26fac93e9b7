# int.__new__ and str.__new__ called by name in a subclass's __new__, an attribute set there
class Code(str):
    def __new__(cls, text):
        obj = str.__new__(cls, text.upper())
        obj.length = len(text)
        return obj


class Even(int):
    def __new__(cls, n):
        if n % 2:
            n += 1
        return int.__new__(cls, n)


c = Code("ab")
e = Even(7)
print(c, c.length, type(c).__name__, e, type(e).__name__, e + 0)
print(str.__new__(str, 5), int.__new__(int, "9"), float.__new__(float, 2))
