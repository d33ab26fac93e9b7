# a list may mix types
things = [1, "two", 3.0, None, True]
print(things)
