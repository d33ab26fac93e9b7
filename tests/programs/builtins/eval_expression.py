# eval computes the value of an expression written as text, with the module's names
n = 4
text = "n * n + 1"
value = eval(text)
print(value)
squares = eval("  [i * i for i in range(n)]")
print(squares)
print(eval("len('abc') + n"), eval("squares") is squares)
