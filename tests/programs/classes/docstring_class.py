# a class docstring is not a class-body variable
class Documented:
    """A class with a docstring."""
    value = 1

print(Documented.value, Documented.__doc__)
