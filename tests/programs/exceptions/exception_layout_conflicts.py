# Two bases whose objects both add fields conflict: OSError and SyntaxError, StopIteration and OSError, int and Exception
def make(*bases):
    try:
        cls = type("Both", bases, {})
        print("ok", [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print("TypeError:", e)

make(OSError, SyntaxError)
make(StopIteration, OSError)
make(int, Exception)
make(Exception, str)
make(ImportError, AttributeError)
make(NameError, SystemExit)
make(FileNotFoundError, PermissionError)
make(IndentationError, ValueError)
make(SystemExit, KeyboardInterrupt)
