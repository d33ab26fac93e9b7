# A for loop, a comprehension and an in test over a display of constants written across lines: CPython folds it to one tuple or frozenset constant, one step on its first line
total = 0
for x in [
    1,
    2,
]:
    total += x
print(total)
for y in (
    a * 2 for a in range(2)
):
    print(y)
print(3 in [
    1,
    3,
], 4 not in {
    4,
    5,
})
for z in [
]:
    print(z)
print([w for w in [
    7,
    8,
]])
