# doctest.run_docstring_examples(f, globs) tests one function's docstring with the names given, named NoName
import doctest


def greet(name):
    """
    >>> greet("Ada")
    'Hello, Ada'
    >>> greet("Bob")
    'Hi, Bob'
    """
    return "Hello, " + name


doctest.run_docstring_examples(greet, {"greet": greet})
doctest.run_docstring_examples(greet, {"greet": greet}, name="greet")
doctest.run_docstring_examples(greet, {"greet": greet}, True)
print("finished")
