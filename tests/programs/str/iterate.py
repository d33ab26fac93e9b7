# a for loop visits each character
for ch in "abc":
    print(ch)
