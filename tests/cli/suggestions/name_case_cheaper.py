# a change of case costs less than any other edit
Total = 1
totals = 2
print(total)
