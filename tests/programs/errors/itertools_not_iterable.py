# chain is lazy: a non-iterable argument fails only when chain reaches it
import itertools

joined = itertools.chain([1], 2)
print(next(joined))
print(next(joined))
