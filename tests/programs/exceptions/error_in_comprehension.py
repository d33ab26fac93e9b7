# an exception inside a list comprehension is caught by the surrounding try
values = [4, 2, 0, 1]
try:
    inverses = [1 / v for v in values]
except ZeroDivisionError as e:
    inverses = []
    print("stopped:", e)
print(inverses)
