# break skips the for loop's else
for x in [1, 2, 3]:
    if x == 2:
        print("found")
        break
else:
    print("not found")
