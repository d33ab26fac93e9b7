# a function keeps a call counter as its own attribute: f.calls += 1 inside f
def greet(name):
    greet.calls += 1
    return "hello " + name


greet.calls = 0
print(greet("ada"))
print(greet("bob"))
print(greet.calls, hasattr(greet, "calls"), hasattr(greet, "total"))
