# raising or throwing a class whose __new__ returns a non-exception is CPython's TypeError naming the class by its repr
class Bad(BaseException):
    def __new__(cls, *args):
        return 1


try:
    raise Bad
except TypeError as error:
    print(error)


def gen():
    yield 1


try:
    gen().throw(Bad)
except TypeError as error:
    print(error)


class Refuses(Exception):
    def __new__(cls, *args):
        raise ValueError("no " + cls.__name__)


paused = gen()
next(paused)
for thrown in (Bad, Refuses):
    try:
        paused.throw(thrown)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
    paused = gen()
    next(paused)
