# __new__ may return an existing exception or a non-exception; __init__ then does not run
class Shared(ValueError):
    instance = None

    def __new__(cls, *args):
        if cls.instance is None:
            cls.instance = super().__new__(cls, *args)
        return cls.instance

a = Shared("first")
b = Shared("second")
print(a is b, a.args)

class Odd(Exception):
    def __new__(cls, *args):
        return 42

print(Odd("x"))
try:
    raise Odd("y")
except TypeError as e:
    print("TypeError:", e)
