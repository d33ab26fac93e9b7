# each iteration rebinds the name; earlier objects are freed
for i in range(3):
    box = [i]
print(box)
