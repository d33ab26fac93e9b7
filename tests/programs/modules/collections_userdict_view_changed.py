# a UserDict changed while a loop runs over one of its views meets the dict iterator's RuntimeError, as in CPython
from collections import UserDict

stock = UserDict(apples=3, pears=0)
try:
    for name in stock.keys():
        stock["plums"] = 1
except RuntimeError as error:
    print(error)
try:
    for name, count in stock.items():
        if count == 0:
            del stock[name]
except RuntimeError as error:
    print(error)
print(sorted(stock.values()), list(stock.items()))
print(type(iter(stock.values())).__name__, ("apples", 3) in stock.items())
