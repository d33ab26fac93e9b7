# if/else picks one branch
x = 7
if x > 5:
    print("big")
else:
    print("small")
