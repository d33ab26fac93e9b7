# An exception class may extend two builtin exceptions when at most one adds fields (OSError here)
class ConfigMissing(OSError, ValueError):
    pass

class BadArgument(ValueError, TypeError):
    pass

class NotThere(KeyError, IndexError):
    pass

print([c.__name__ for c in ConfigMissing.__mro__])
try:
    raise ConfigMissing(2, "no config", "app.ini")
except ValueError as e:
    print(type(e).__name__, e.errno, e.filename, e)

for error in (ValueError, TypeError):
    try:
        raise BadArgument("wrong")
    except error as e:
        print(error.__name__, "caught", repr(e))

try:
    raise NotThere("key")
except IndexError as e:
    print(e, e.args)
