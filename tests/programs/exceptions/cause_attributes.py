# __cause__, __context__ and __suppress_context__ after raise ... from ...
try:
    try:
        1 / 0
    except ZeroDivisionError as zero:
        raise ValueError("bad input") from zero
except ValueError as e:
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__, e.__suppress_context__)
try:
    raise TypeError("plain")
except TypeError as e:
    print(e.__cause__, e.__context__, e.__suppress_context__)
