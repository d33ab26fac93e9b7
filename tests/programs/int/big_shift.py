# 1 << 2000000 and shifts back, floor shifts of huge negatives (reduced before they are named)
print((1 << 2000000) % 1000003, (1 << 2000000) >> 1999990)
neg = -(1 << 200000) - 1
print(neg >> 199999, neg >> 5000000, (neg << 3) % 12345, (-(1 << 2000000) - 1) >> 1999999)
