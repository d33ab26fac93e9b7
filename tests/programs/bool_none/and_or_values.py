# and/or return one of their operands, not just True/False
a = 0 or "fallback"
b = 5 and 7
c = [] and 3
print(a, b, c)
