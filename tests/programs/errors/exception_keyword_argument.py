# A builtin exception called with a keyword argument fails before it can be raised
raise ValueError("bad input", code=3)
