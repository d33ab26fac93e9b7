# !r, !s and !a conversions in str.format
s = "héllo"
print("{!r} {!s} {!a}".format(s, s, s), "{0!r:>10}".format("x"))
