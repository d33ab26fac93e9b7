# testmod and run_docstring_examples imported by name are Python functions, drawn with doctest.py's parameters
from doctest import run_docstring_examples, testmod


def double(n):
    """
    >>> double(4)
    8
    """
    return n * 2


run = testmod
print(testmod(verbose=False), run is testmod)
run_docstring_examples(double, {"double": double})
print(type(testmod).__name__, testmod.__name__)
