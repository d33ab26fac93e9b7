# input() always gives a string; int() converts it
n = int(input("n = "))
print(n * 2)
