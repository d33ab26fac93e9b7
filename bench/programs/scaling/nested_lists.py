# Nested lists: x = [x] n times, each new list holding the previous one.
n = 5000
x = None
for i in range(n):
    x = [x]
depth = 0
while x is not None:
    x = x[0]
    depth += 1
print(depth)
