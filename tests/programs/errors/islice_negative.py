# islice refuses a negative stop
from itertools import islice

islice([1, 2, 3], -1)
