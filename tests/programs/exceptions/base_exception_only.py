# KeyboardInterrupt is not an Exception: only BaseException (or a bare except) catches it
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
