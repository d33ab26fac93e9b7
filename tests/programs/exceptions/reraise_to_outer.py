# a bare raise in an inner handler sends the same object to the outer handler
try:
    try:
        {}["missing"]
    except KeyError as inner:
        print("inner saw", inner)
        first = inner
        raise
except LookupError as outer:
    print("outer saw", outer, outer is first)
