# 1 << 2000000 and shifts back, floor shifts of huge negatives
big = 1 << 2000000
print(big % 1000003, big >> 1999990)
neg = -(big + 1)
print(neg >> 1999999, neg >> 5000000, (neg << 3) % 12345)
