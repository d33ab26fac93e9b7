# raise X from None hides the exception that was being handled
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValueError("no such setting: " + k) from None
lookup({}, "color")
