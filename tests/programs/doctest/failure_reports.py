# failing examples: CPython's report for a wrong value, for output where none was expected and for none where some was
def add(a, b):
    """Add two numbers.

    >>> add(1, 2)
    4
    >>> add("a", "b")
    'ab'
    >>> print(add(2, 2))
    4
    >>> x = add(1, 1)
    x
    >>> add(0, 0)
    """
    return a + b


def show(items):
    """
    >>> show([1, 2])
    1
    2
    >>> show([])
    empty
    >>> show([3, 4])
    3
    <BLANKLINE>
    4
    """
    for item in items:
        print(item)
        if item == 3:
            print("")


print(add(10, 20))
import doctest

print(doctest.testmod())
print("done")
