# A walrus binding __debug__ points at its target
if (__debug__ := 0):
    pass
