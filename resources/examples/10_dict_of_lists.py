# Dict of lists
groups = {"even": [], "odd": []}
for n in range(5):
    if n % 2 == 0:
        groups["even"].append(n)
    else:
        groups["odd"].append(n)
print(groups)
