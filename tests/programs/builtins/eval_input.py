# eval(input()) turns what the user types into a value: here a list of numbers
numbers = eval(input("Numbers: "))
print(sum(numbers), type(numbers).__name__)
