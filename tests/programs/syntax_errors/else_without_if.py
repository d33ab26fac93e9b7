# an else with no if before it
x = 1
else:
    x = 2
