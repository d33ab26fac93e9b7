# Lists the modules return, sized as CPython builds them: re.findall and re.split append,
# copy.copy is exact, copy.deepcopy appends, random.sample multiplies [None], choices is a
# comprehension, array's tolist is exact and Counter.most_common() is sorted().
import array
import collections
import copy
import random
import re
import sys

print(sys.getsizeof(re.findall(r"\d+", "1 22 333 4444 55555")))
print(sys.getsizeof(re.split(",", "a,b,c")))
scores = [3, 1, 4, 1, 5]
print(sys.getsizeof(copy.copy(scores)), sys.getsizeof(copy.deepcopy(scores)))
random.seed(7)
print(sys.getsizeof(random.sample(scores, 3)), sys.getsizeof(random.choices(scores, k=3)))
print(sys.getsizeof(array.array("i", scores).tolist()))
print(sys.getsizeof(collections.Counter("mississippi").most_common()))
