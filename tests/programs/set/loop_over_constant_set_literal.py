# a loop over a set display of constants iterates a frozenset constant, in that frozenset's order
for x in {16, 1, 2, 3, 4, 5}:
    print(x, end=" ")
print()
print([y for y in {16, 1, 2, 3, 4, 5}], {16, 1, 2, 3, 4, 5})
print([z for z in {-5, -257, 100, 255}])
