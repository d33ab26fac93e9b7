# sum() over a range of 10**12 ints: one step that would run for hours
print(sum(range(10**12)))
