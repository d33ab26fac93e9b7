# int() parses strings and truncates floats
a = int("42")
b = int(" -7 ")
c = int(9.99)
print(a + b + c)
