# a % m is a itself when |a| has fewer 30-bit digits than |m| and their signs agree
big = 10**20
rest = big % 10**25
print(rest is big)
low = 1000
same = low % 5000
print(same is low)
neg = -(10**20)
print(neg % -(10**25) is neg, neg % 10**25 is neg)
q, r = divmod(big, 10**30)
print(q, r is big)
acc = big
acc %= 2**100
print(acc is big)
