# unsupported: globals line 3
x = 1
print(globals()["x"])
