# raise X from Y sets the cause; the traceback shows both exceptions
def to_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad config value") from e
to_int("seven")
