# `raise ... from err` makes a new exception whose __cause__ is the one caught
def load(text):
    try:
        return int(text)
    except ValueError as err:
        raise RuntimeError("cannot load " + text) from err


try:
    load("seven")
except RuntimeError as problem:
    print(problem, type(problem.__cause__).__name__, problem.__cause__)
