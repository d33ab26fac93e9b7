# a name the builtins module lacks is an AttributeError, caught like any other
try:
    __builtins__.no_such_builtin
except AttributeError as e:
    print("AttributeError:", e)
