# reading several lines in a loop
total = 0
for i in range(3):
    total += int(input("number: "))
print("sum", total)
