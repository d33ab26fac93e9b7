# a function's globals() is the module's dict: a counter kept there, and new names made there
count = 0


def bump(name):
    g = globals()
    g["count"] += 1
    g[name] = count * 10
    return g


d = bump("first")
bump("second")
print(count, first, second, d is globals())
