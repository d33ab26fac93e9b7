# f"{x=}" shows the expression and the repr of its value
x = 10
s = "hi"
print(f"{x=}", f"{s=}", f"{x + 1 = }", f"{x=:5}")
