# a for loop's else runs when no break happened
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("not found")
