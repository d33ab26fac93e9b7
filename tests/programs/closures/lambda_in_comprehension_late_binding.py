# lambdas made in a list comprehension share its one cell: each returns the last value
actions = [lambda: step for step in range(3)]
print([act() for act in actions])
