# closing the outermost of three generators in a `yield from` chain closes them innermost first
def leaf(items):
    try:
        yield from items
    finally:
        print("leaf done")


def middle():
    try:
        yield from leaf([1, 2])
    finally:
        print("middle done")


def top():
    total = 0
    try:
        total += yield from middle()
    finally:
        print("top done", total)


g = top()
print(next(g))
g.close()
