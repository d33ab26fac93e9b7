# unsupported: except* line 4
try:
    raise ExceptionGroup("several", [ValueError("bad"), KeyError("k")])
except* ValueError:
    print("a ValueError")
except* KeyError:
    print("a KeyError")
