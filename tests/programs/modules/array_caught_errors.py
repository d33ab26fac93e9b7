# array's errors, caught: values out of range, wrong types, bad typecodes, missing items
import array

def attempt(f):
    try:
        f()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

for code in "bBhHiIlLqQ":
    attempt(lambda: array.array(code, [2**64]))
    attempt(lambda: array.array(code, [-2**40]))
    attempt(lambda: array.array(code, [70000]))
    attempt(lambda: array.array(code, [-1]))
attempt(lambda: array.array("i", [1.5]))
attempt(lambda: array.array("d", ["x"]))
attempt(lambda: array.array("f", [2**1024]))
attempt(lambda: array.array("x"))
attempt(lambda: array.array("ii"))
attempt(lambda: array.array("i", "abc"))
attempt(lambda: array.array("i", 5))
attempt(lambda: array.array("u", [1]))
attempt(lambda: array.array("i", b"abc"))
a = array.array("i", [1, 2, 3])
attempt(lambda: a[3])
attempt(lambda: a["0"])
attempt(lambda: a.remove(9))
attempt(lambda: a.index(9))
attempt(lambda: array.array("i").pop())
attempt(lambda: a.pop(5))
attempt(lambda: a + array.array("d"))
attempt(lambda: a + [4])
attempt(lambda: a * "2")
attempt(lambda: a < [1])
attempt(lambda: hash(a))
attempt(lambda: a.extend(array.array("b")))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.frombytes("ab"))
attempt(lambda: a.tounicode())
def store(key, value):
    a[key] = value
attempt(lambda: store(5, 1))
attempt(lambda: store(0, 2**40))
attempt(lambda: store(slice(0, 1), [1]))
attempt(lambda: store(slice(0, 3, 2), array.array("i", [1])))
print(a)
