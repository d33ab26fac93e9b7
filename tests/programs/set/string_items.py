# a set of strings (not printed: their order varies between runs)
colors = {"red", "green"}
colors.add("blue")
print(len(colors), "red" in colors)
