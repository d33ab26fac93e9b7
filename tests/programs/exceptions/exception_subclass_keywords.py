# A program's exception class takes keywords only through an __init__ of its own
class AppError(Exception):
    pass

class Limit(ValueError):
    def __init__(self, *, limit):
        super().__init__(f"over {limit}")
        self.limit = limit

class DiskFull(OSError):
    def __init__(self, message, *, device):
        super().__init__(message)
        self.device = device

class Passing(ValueError):
    def __init__(self, **extra):
        super().__init__(**extra)

class Made(ValueError):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

class MadeOs(OSError):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

class Missing(ImportError):
    pass

def attempt(make):
    try:
        err = make()
        print("made", repr(err))
    except TypeError as e:
        print("TypeError:", e)

attempt(lambda: AppError("x", code=1))
attempt(lambda: Limit(limit=3))
attempt(lambda: DiskFull("full", device="sda"))
attempt(lambda: Passing(x=1))
attempt(lambda: Made("m", x=1))
attempt(lambda: MadeOs(x=1))
attempt(lambda: Missing("m", name="mod"))
attempt(lambda: Missing(where="here"))
