# a class-based decorator calls functools.update_wrapper(self, func): the object takes the function's __name__, __doc__ and __wrapped__, and any attributes set on the function
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.__wrapped__(*args)


@CountCalls
def greet(name):
    """Say hello."""
    return "hello " + name


print(greet("ada"), greet("bob"), greet.calls)
print(greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)


def tagged(x):
    return x * 2


tagged.unit = "cm"
double = CountCalls(tagged)
print(double(4), double.unit, double.calls, sorted(vars(double)))
