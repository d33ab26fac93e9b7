# an itemgetter fails like the subscript it performs
from operator import itemgetter

second = itemgetter(1)
print(second([1, 2]))
second([1])
