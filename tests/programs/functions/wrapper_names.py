# staticmethod and classmethod copy __name__, __qualname__, __doc__ of what they wrap
def helper(x):
    """Doubles x."""
    return 2 * x


s = staticmethod(helper)
c = classmethod(helper)
print(s.__name__, s.__qualname__, s.__doc__, s.__wrapped__ is helper)
print(c.__name__, c.__module__, c.__wrapped__ is helper, c.__func__ is helper)


def outer():
    def inner():
        pass
    return inner


print(helper.__qualname__, helper.__module__, outer().__qualname__, (lambda: 0).__qualname__)
