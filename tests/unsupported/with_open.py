# unsupported: open line 2
with open("data.txt") as f:
    print(f.read())
