# Counter.fromkeys is refused by Counter itself with NotImplementedError, as in CPython.
from collections import Counter

c = Counter.fromkeys("abc")
