# a * width or precision in %-formatting takes an int from the arguments, or fails as CPython does
formats = [("%*d", ("a", 3)), ("%.*f", (2.0, 1.5)), ("%*d", (3,)), ("%(a)*d", {"a": 1}),
           ("%*d", (10**30, 1)), ("%.*d", (2**31, 1))]
for fmt, values in formats:
    try:
        print(fmt % values)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("%*d|" % (-4, 7), "%.*f" % (-1, 2.5), "%-*s|" % (3, "x"))
print("abc" % [1], "%s %(a)s" % {"a": 1})
