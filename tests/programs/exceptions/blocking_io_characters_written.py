# BlockingIOError's third argument may be a count: characters_written, not a filename
err = BlockingIOError(11, "Resource temporarily unavailable", 5)
print(err.characters_written, err.filename, err.args, str(err))
err.characters_written = 8
print(err.characters_written)
named = BlockingIOError(11, "busy", "pipe")
print(named.filename, str(named))
try:
    named.characters_written
except AttributeError as e:
    print("AttributeError:", e)
try:
    BlockingIOError(11, "busy", 1.5)
except TypeError as e:
    print("TypeError:", e)
