# Builtin exceptions take no keyword arguments, but ImportError, AttributeError and NameError take theirs
def attempt(make):
    try:
        err = make()
        print("made", repr(err))
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: ValueError("bad", code=3))
attempt(lambda: Exception(reason="x"))
attempt(lambda: KeyError(**{"key": 1}))
attempt(lambda: StopIteration(value=1))
attempt(lambda: SyntaxError("oops", lineno=2))
attempt(lambda: OSError(2, "missing", path="a.txt"))
attempt(lambda: FileNotFoundError(filename="a.txt"))
attempt(lambda: ImportError("no module", name="spam", path="spam.py"))
attempt(lambda: ModuleNotFoundError(name="spam"))
attempt(lambda: ImportError(module="spam"))
attempt(lambda: ModuleNotFoundError(name=1, path=2, extra=3))
attempt(lambda: AttributeError("no x", name="x", obj=None))
attempt(lambda: AttributeError(attr="x"))
attempt(lambda: NameError("no y", name="y"))
attempt(lambda: UnboundLocalError(name="y", obj=None))
attempt(lambda: ValueError(**{}))
