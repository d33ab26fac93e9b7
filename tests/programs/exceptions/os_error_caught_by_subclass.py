# The errno's subclass is what `except` sees: a FileNotFoundError caught as OSError and by name
def load(name):
    raise OSError(2, "No such file or directory", name)

try:
    load("scores.csv")
except FileNotFoundError as e:
    print("missing:", e.filename, e.errno)
    print(e)
try:
    load("other.csv")
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    raise PermissionError(13, "Permission denied", "/root")
except (FileNotFoundError, PermissionError) as e:
    print(e)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print(TimeoutError.__mro__)
