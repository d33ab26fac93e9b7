# wrong arguments to pprint's functions and PrettyPrinter raise python3's TypeErrors
import pprint

calls = [
    lambda: pprint.pformat([1], 1, 80, None, 5),
    lambda: pprint.pp([1], None, 1, 80, None, 6),
    lambda: pprint.PrettyPrinter().pprint(),
    lambda: pprint.PrettyPrinter().pformat([1], [2]),
    lambda: pprint.pprint([1], foo=1),
    lambda: pprint.pformat([1], width=None),
    lambda: pprint.pformat([1], stream=None),
    lambda: pprint.pprint([1], None, 1, indent=2),
    lambda: pprint.pp(),
    lambda: pprint.pp([1], object=[2]),
    lambda: pprint.isreadable([1], [2]),
    lambda: pprint.PrettyPrinter(width="wide"),
    lambda: pprint.PrettyPrinter(depth="deep"),
    lambda: pprint.saferepr(object=[3]),
    lambda: pprint.pformat(object=[4], width=3),
]
for number, call in enumerate(calls):
    try:
        print(number, repr(call()))
    except (TypeError, ValueError) as e:
        print(number, type(e).__name__, e)
