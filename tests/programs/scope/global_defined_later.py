# a function may use a global defined after the function itself
def report():
    return total * 2

total = 21
print(report())
