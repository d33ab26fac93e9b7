# pprint orders items that `<` cannot compare by their type's name: ints before strs before tuples
import pprint

pprint.pprint({"b": 1, 2: "x", (1,): None, 1.5: "f", "a": 0, None: "none"})
pprint.pprint({"z", 3, (2, 1), 2.5}, width=10)
print(pprint.saferepr({1: "a", "1": "b", 0.5: "c"}))
