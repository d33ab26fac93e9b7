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

calls = [
    (AppError, ("x",), {"code": 1}),
    (Limit, (), {"limit": 3}),
    (DiskFull, ("full",), {"device": "sda"}),
    (Passing, (), {"x": 1}),
    (Made, ("m",), {"x": 1}),
    (MadeOs, (), {"x": 1}),
    (Missing, ("m",), {"name": "mod"}),
    (Missing, (), {"where": "here"}),
]
for cls, args, kwargs in calls:
    try:
        print(cls.__name__, "made", repr(cls(*args, **kwargs)))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
