# an exception raised inside a handler replaces the one being handled
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from handler")
except ValueError as e:
    print(repr(e))
    print(type(e.__context__).__name__)
