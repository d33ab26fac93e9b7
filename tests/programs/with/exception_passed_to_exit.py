# with: an exception in the body reaches __exit__ as (type, value, traceback), and propagates when __exit__ returns a false value
class Watch:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type, repr(exc), type(tb).__name__)
        self.seen = exc


def work(w):
    with w:
        n = 1
        raise ValueError("broken")
    print("not reached")


w = Watch()
try:
    work(w)
except ValueError as e:
    print("caught", e, e is w.seen)
