# pprint's underscore_numbers writes ints with _ between thousands; subclasses of list and dict
import pprint


class Stack(list):
    pass


class Config(dict):
    pass


pprint.pprint([10**6, 12345678901234567890, -5000, 2.5], underscore_numbers=True)
pprint.pprint(Stack(range(30)), width=30)
pprint.pprint(Config(b=1, a=2), width=5)
print(pprint.pformat(123456789, underscore_numbers=True))
