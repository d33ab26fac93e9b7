# a class statement in an example whose body deletes a name, and an expected error raised
# by one of its methods called from the program
def describe(thing):
    """
    >>> class Tmp:
    ...     scratch = 1
    ...     del scratch
    ...     def name(self):
    ...         raise ValueError("no name")
    >>> hasattr(Tmp, "scratch")
    False
    >>> describe(Tmp())
    Traceback (most recent call last):
    ValueError: no name
    """
    return thing.name()


import doctest

doctest.testmod(verbose=True)
