# vars() of an object that has no __dict__ is a TypeError
print(vars(42))
