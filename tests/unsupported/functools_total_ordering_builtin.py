# unsupported: total_ordering line 4
import functools

functools.total_ordering(int)
