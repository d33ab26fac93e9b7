# a generator that stops at a yield inside its except block keeps that exception to itself
def attempts(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError as err:
            yield "skipped: " + str(err)


g = attempts([5, 0, 2])
print(next(g))
print(next(g))
x = len("caller")
print(next(g))
print(list(g))
