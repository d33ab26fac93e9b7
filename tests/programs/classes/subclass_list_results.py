# what list operations on a list subclass return: plain lists, except in-place ones
class Row(list):
    pass


r = Row([3, 1, 2])
both = r + [4]
twice = r * 2
part = r[1:]
same = r.copy()
print(type(both).__name__, type(twice).__name__, type(part).__name__, type(same).__name__)
r += [0]
print(type(r).__name__, r)
r.sort()
r.reverse()
print(r, sorted(r), list(r), r.index(2), r.count(1))
del r[0]
r[0] = 9
print(r, len(r), 9 in r, r[-1])
r.clear()
print(r, bool(r), Row(), Row("ab"))
