# unsupported: __dict__ line 7
def f():
    pass


f.calls = 0
print(f.__dict__)
