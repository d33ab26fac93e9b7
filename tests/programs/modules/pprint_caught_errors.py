# pprint's argument errors caught: their messages are python3's
import pprint

for kwargs in [{"indent": -2}, {"width": 0}, {"depth": 0}, {"depth": -3}, {"indent": "x"}]:
    try:
        pprint.pformat([1], **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    pprint.pprint([1], None, 1, 80, None, 5)
except TypeError as e:
    print(e)
try:
    pprint.PrettyPrinter(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    pprint.saferepr()
except TypeError as e:
    print(e)
print(pprint.pformat([1, 2, 3], indent="2", width=4.9))
