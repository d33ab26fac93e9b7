# exception objects keep their arguments in .args; str() and repr() depend on them
e1 = ValueError("one")
e2 = ValueError("a", 2)
e3 = ValueError()
print(e1.args, str(e1), repr(e1))
print(e2.args, str(e2), repr(e2))
print(e3.args, repr(str(e3)), repr(e3))
print(isinstance(e1, Exception), isinstance(e1, LookupError))
