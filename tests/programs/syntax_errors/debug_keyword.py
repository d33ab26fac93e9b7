# A keyword argument named __debug__ points at the whole call
print("a", __debug__=1)
