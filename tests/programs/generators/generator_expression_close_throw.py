# A generator expression has close() and throw() too; an iterator of a list has neither
doubles = (x * 2 for x in range(5))
print(next(doubles))
doubles.close()
print(list(doubles))
pairs = (x for x in [1, 2])
try:
    pairs.throw(ValueError("into genexpr"))
except ValueError as e:
    print(e)
print(list(pairs))
it = iter([1])
try:
    it.throw(ValueError)
except AttributeError as e:
    print(e)
