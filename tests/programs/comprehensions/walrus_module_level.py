# := in a comprehension at module level binds a global, which outlives the comprehension
data = [1, 2, 3, 4]
doubled = [y for x in data if (y := x * 2) > 4]
print(doubled, y)
