# operator's functions are the operators themselves, usable as arguments
import operator
from functools import reduce

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.lt(1, 2), operator.eq([1], [1]), operator.not_(0), operator.neg(5))
print(reduce(operator.mul, [1, 2, 3, 4]), list(map(operator.sub, [5, 6], [1, 2])))
items = [1, 2]
same = operator.iadd(items, [3])
print(same is items, items, operator.contains(items, 3), operator.getitem("abc", 1))
operator.setitem(items, 0, "x")
operator.delitem(items, 1)
print(items, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.is_(None, None))
