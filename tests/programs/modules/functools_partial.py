# partial fixes some arguments of a function; its args tuple and keywords dict are kept
import functools


def power(base, exponent, *, label="="):
    return label + str(base**exponent)


square = functools.partial(power, exponent=2)
cube_of_two = functools.partial(power, 2, 3, label=":")
print(square(5), square(5, label="->"), cube_of_two())
print(square.func is power, square.args, square.keywords)
again = functools.partial(cube_of_two, label="!")
print(again.args, again.keywords, again.func is power, again())
print(repr(functools.partial(max, 1, 2)), callable(square))
