# a dict's values view hashes by identity (it can be a set item), while keys and items views are unhashable
prices = {"tea": 3, "cake": 5}
print(type(hash(prices.values())), len({prices.values(), prices.values()}))
for kind in ("keys", "items"):
    try:
        hash(getattr(prices, kind)())
    except TypeError as e:
        print("TypeError:", e)
