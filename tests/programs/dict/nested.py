# a dict of lists
groups = {"odd": [1, 3], "even": [2]}
groups["even"].append(4)
print(groups)
