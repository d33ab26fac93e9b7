# Plain positional calls with the wrong number of arguments fail as in CPython.
def pair(a, b):
    return a + b


class C:
    def m(self, x):
        return x


print(pair(1, 2))
print(C().m(3))
try:
    pair(1)
except TypeError as e:
    print(e)
try:
    pair(1, 2, 3)
except TypeError as e:
    print(e)
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
