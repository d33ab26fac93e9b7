# lambdas take *args and **kwargs too
f = lambda *a, **k: [a, k]
print(f(1, x=2))
