# raise with a class (no parentheses) creates an instance with no arguments
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args, str(e) == "")
