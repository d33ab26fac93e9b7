# zip walks two lists side by side
for a, b in zip([1, 2], ["one", "two"]):
    print(a, b)
