# == of two equal lists of shared lists: 10**10 item comparisons in one step
x = [0.5] * 10**3
y = list(x)
for i in range(7):
    x = [x] * 10
    y = [y] * 10
print(x == y)
