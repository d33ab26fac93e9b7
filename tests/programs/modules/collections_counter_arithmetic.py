# Counter arithmetic keeps only positive counts: + - | &, subtract, update from a mapping
from collections import Counter

stock = Counter({"apple": 3, "pear": 1})
sold = Counter({"apple": 1, "pear": 2, "fig": 1})
print(stock + sold)
print(stock - sold)
print(stock | sold)
print(stock & sold)
stock.subtract({"apple": 2})
stock.update({"kiwi": 4})
print(stock, stock == Counter(apple=1, pear=1, kiwi=4))
stock += sold
print(stock)
del stock["nothing"]
copy = stock.copy()
print(copy is stock, copy == stock, repr(Counter()))
