# a relative import in a one-file program raises ImportError: the program has no package
try:
    from . import helpers
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .shapes.circle import area, radius
except ImportError as e:
    print(e)
print("after")
