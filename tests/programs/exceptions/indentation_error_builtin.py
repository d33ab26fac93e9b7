# IndentationError and TabError are builtins, subclasses of SyntaxError
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
print(TabError.__mro__)
try:
    raise IndentationError("expected an indented block")
except SyntaxError as e:
    print(type(e).__name__, e, e.args)
try:
    raise TabError("inconsistent use of tabs")
except IndentationError as e:
    print(type(e).__name__, e)
try:
    exec("if True:\nprint('no indent')")
except IndentationError as e:
    print("from exec:", type(e).__name__)
