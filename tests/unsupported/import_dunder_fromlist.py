# unsupported: __import__ line 2
path = __import__("os", globals(), locals(), ["path"])
