# pprint sorts a set's items, names a frozenset, and wraps long bytes and bytearrays in 4-byte groups
import pprint

pprint.pprint({5, 3, 9, 1, 7}, width=5)
pprint.pprint(frozenset({"pear", "fig", "apple"}), width=10)
pprint.pprint(set())
pprint.pprint({3.5, 1, 2.25})
data = bytes(range(40))
pprint.pprint(data)
pprint.pprint([data], width=30)
pprint.pprint(bytearray(b"hello world, this is a bytearray"), width=20)
pprint.pprint(b"abc")
