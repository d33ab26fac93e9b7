# a table of str keys has smaller entries; the first other key rebuilds it as a general one
import sys

names = {"ann": 1, "bob": 2}
print(sys.getsizeof(names))
names[3] = "three"
print("an int key", sys.getsizeof(names))
mixed = {1: "a", "b": 2}
print(sys.getsizeof(mixed))
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))
print(sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof({(1, 2): "pair"}))
