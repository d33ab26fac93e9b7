# starmap unpacks each item into a call; zip_longest pads the shorter inputs; pairwise overlaps
from itertools import pairwise, starmap, zip_longest


def area(w, h):
    return w * h


print(list(starmap(area, [(2, 3), (4, 5)])))
print(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()))
print(list(pairwise([1, 2, 3, 4])), list(pairwise("a")))
