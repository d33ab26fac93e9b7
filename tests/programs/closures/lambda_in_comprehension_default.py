# a default argument captures each value of a comprehension's variable, a closure does not
late = [lambda: n * 10 for n in (1, 2)]
early = [lambda n=n: n * 10 for n in (1, 2)]
print([f() for f in late], [f() for f in early])
