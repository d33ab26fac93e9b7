# `# doctest: +FLAG` directives turn a flag on (or off) for one example; +SKIP skips it
import doctest


def letters(word):
    """
    >>> letters("abcdefghij")  # doctest: +ELLIPSIS
    ['a', 'b', ..., 'j']
    >>> letters("abc")  # doctest: +NORMALIZE_WHITESPACE
    ['a',
     'b',   'c']
    >>> letters("xyz")  # doctest: +SKIP
    nothing like this
    >>> letters("ab")  # doctest: -ELLIPSIS
    ['a', ...]
    >>> letters("")
    []
    """
    return list(word)


def lines():
    """
    >>> lines()
    top
    <BLANKLINE>
    bottom
    """
    print("top")
    print()
    print("bottom")


print(doctest.testmod(optionflags=doctest.ELLIPSIS))
