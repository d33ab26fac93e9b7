# unsupported: elements line 6
from collections import Counter

stock = Counter(apples=2)
stock["pears"] += 0.5
print(list(stock.elements()))
