# a string without its closing quote
s = "hello
print(s)
