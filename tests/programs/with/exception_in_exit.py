# with: an exception raised inside __exit__ replaces the body's one, which becomes its __context__
class Faulty:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise KeyError("from exit")


try:
    with Faulty():
        x = int("zz")
except KeyError as e:
    print(repr(e), repr(e.__context__))
try:
    with Faulty():
        x = 1
except KeyError as e:
    print(repr(e), e.__context__)
