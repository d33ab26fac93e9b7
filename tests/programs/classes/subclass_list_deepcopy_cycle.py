# copy.deepcopy of a list subclass holding itself: the memo closes the cycle on the new object
import copy


class Ring(list):
    pass


r = Ring([1])
r.append(r)
r.me = r
c = copy.deepcopy(r)
print(c[1] is c, c.me is c, c is not r, len(c))
