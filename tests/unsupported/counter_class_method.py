# unsupported: Counter.fromkeys line 4
from collections import Counter

c = Counter.fromkeys("abc")
