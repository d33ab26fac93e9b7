# SyntaxError for := in a comprehension: rebinds iteration variable
values = [1, 2, 3]
print([x := x + 1 for x in values])
