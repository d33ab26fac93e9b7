# unsupported: base line 5
# map is a type in CPython (a class may extend it), a function here


class Doubler(map):
    pass


print(list(Doubler(lambda x: 2 * x, [1, 2])))
