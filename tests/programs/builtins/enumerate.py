# enumerate pairs each item with its index
for i, ch in enumerate("xy"):
    print(i, ch)
