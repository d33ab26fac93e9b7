# eval of a lambda's text makes a function of "<string>" code; it reads the module's names when called
square = eval("lambda n: n * n")
offset = 1
shifted = eval("lambda n, k=2: n + k + offset")
offset = 5
print(square(4), shifted(1), shifted(1, 0))
print(list(map(square, range(4))))
code = compile("def cube(n):\n    return n ** 3\n", "<string>", "exec")
exec(code)
print(cube(2), square.__name__, cube.__name__)
