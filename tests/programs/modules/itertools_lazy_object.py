# an itertools object is a lazy iterator: the diagram shows it by its type
import itertools

evens = itertools.count(0, 2)
pairs = itertools.combinations("abc", 2)
first = next(pairs)
print(first, next(evens), next(evens))
