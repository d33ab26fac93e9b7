# the names imported from pprint are drawn as python3's functions and class, and a printer by its type
from pprint import PrettyPrinter, pformat, pp, pprint, saferepr

printer = PrettyPrinter(width=20)
shown = pformat(list(range(8)), width=12)
pprint(shown)
pp({"b": 1, "a": 2})
print(saferepr([printer is None]))
show = printer.pprint
show(list(range(10)))
