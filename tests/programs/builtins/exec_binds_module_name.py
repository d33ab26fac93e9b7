# exec runs text in the module's namespace: the names it binds are the module's
x = 1
exec("y = x + 1")
print(y)
exec("x = x * 10\nz = [x, y]")
print(x, z)
exec("for i in range(3):\n    z.append(i)")
print(z, i)
