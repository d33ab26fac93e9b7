# SyntaxError for := in a comprehension: in comprehension iterable
print([y for y in (z := [1, 2])])
