# unsupported: collections.abc line 2
import collections.abc

print(collections.abc.Iterable)
