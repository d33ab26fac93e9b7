# dict views kept in variables follow their dict (drawn by type, as CPython's reference does, never a stale copy of the keys); keys and items views do set algebra with any iterable
prices = {"apple": 3, "pear": 5}
names = prices.keys()
amounts = prices.values()
pairs = prices.items()
prices["fig"] = 7
del prices["apple"]
print(names, amounts, pairs)
print(len(names), "fig" in names, sorted(amounts), list(pairs)[0])
print(sorted(names & {"pear", "kiwi"}), sorted(names - {"pear"}), sorted({"kiwi"} | names))
print(sorted(pairs & {("pear", 5), ("fig", 0)}), names - prices.keys(), names == {"pear", "fig"})
# ints hash the same on every run, so these sets print in CPython's order
slots = {16: "a", 24: "b", 3: "c"}
keys = slots.keys()
print({8} | keys, keys | {8}, {8, 16} - keys, keys - [3], {8} ^ keys, keys ^ {8, 3})
print(keys & {24, 16, 8, 40}, {40, 3} & keys, keys & [3, 3, 16], slots.items() & {(3, "c")})
print(keys | [40, 3], keys & {16: 0}.keys(), {16: 0}.keys() & keys)
combined = keys
combined |= {8}
print(combined, keys)
try:
    keys & 5
except TypeError as error:
    print(error)
print(keys == {16, 24, 3}, {3, 16, 24} == keys, keys != keys | {8}, keys < {3, 16, 24, 8}, keys <= keys)
print({3} < keys, keys > {3}, slots.items() >= {(3, "c")}, keys == [16, 24, 3], amounts == amounts)
try:
    keys < [3]
except TypeError as error:
    print(error)
