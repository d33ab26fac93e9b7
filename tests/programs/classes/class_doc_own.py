# A class's __doc__ is its own docstring, None without one: a base's is not inherited
class Animal:
    """An animal."""


class Dog(Animal):
    pass


class Point(tuple):
    """A point."""


class Pixel(Point):
    pass


class Error(ValueError):
    pass


print(Animal.__doc__, Dog.__doc__, Point.__doc__, Pixel.__doc__, Error.__doc__)
