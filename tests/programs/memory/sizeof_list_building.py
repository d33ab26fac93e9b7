# the same five items, five sizes: how a list was built decides its allocated slots
import sys

x = 1
shown = [x, x, x, x, x]
constants = [1, 2, 3, 4, 5]
repeated = [x] * 5
from_range = list(range(5))
from_generator = list(i for i in range(5))
appended = []
for i in range(5):
    appended.append(i)
comprehension = [i for i in range(5)]
copied = from_range.copy()
sliced = list(range(10))[:5]
joined = [1, 2] + [3, 4, 5]
unpacked = [*range(5)]
built = [("shown", shown), ("constants", constants), ("repeated", repeated),
         ("from_range", from_range), ("from_generator", from_generator),
         ("appended", appended), ("comprehension", comprehension), ("copied", copied),
         ("sliced", sliced), ("joined", joined), ("unpacked", unpacked)]
for name, value in built:
    print(name, len(value), sys.getsizeof(value))
