# an exception raised inside finally replaces the pending one, which becomes its __context__
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
except Exception as e:
    print(repr(e))
    print(repr(e.__context__))
