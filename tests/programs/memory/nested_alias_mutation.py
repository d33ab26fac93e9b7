# mutating through a nested alias
outer = {"inner": [1]}
ref = outer["inner"]
ref.append(2)
print(outer)
