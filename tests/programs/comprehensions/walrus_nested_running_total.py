# := in a nested comprehension binds in the function around both
def running_totals(rows):
    total = 0
    sums = [[total := total + v for v in row] for row in rows]
    return sums, total


print(running_totals([[1, 2], [3], [4, 5]]))
