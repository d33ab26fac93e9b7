# a parenthesis that is never closed
print("hello"
x = 1
