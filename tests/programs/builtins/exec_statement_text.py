# exec runs a statement written as text: it reads x and binds y in the module
x = 1
exec("y = x + 1")
print(y)
