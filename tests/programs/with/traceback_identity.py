# with: the traceback __exit__ receives is the exception's __traceback__ (one object); it is kept alive by the instance
class Keep:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.tb = tb
        self.exc = exc
        return True


k = Keep()
with k:
    n = len(5)
print(k.tb is k.exc.__traceback__, type(k.tb).__name__)
