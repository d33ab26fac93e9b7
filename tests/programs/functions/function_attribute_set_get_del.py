# setattr, getattr and del on a function's own attributes; the dunders kept in the function object
def f():
    """Says hi."""
    return "hi"


setattr(f, "tag", [1, 2])
f.note = "first"
f.note = "second"
print(getattr(f, "tag"), f.note, getattr(f, "missing", None))
del f.tag
delattr(f, "note")
print(hasattr(f, "tag"), hasattr(f, "note"))
f.__doc__ = "Says hi, loudly."
f.__module__ = "greetings"
print(f.__doc__, f.__module__)
del f.__doc__
print(f.__doc__)
f.__annotations__ = {"return": str}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
