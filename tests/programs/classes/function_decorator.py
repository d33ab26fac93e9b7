# a decorator is a call: it receives the function and returns a wrapper
def shout(f):
    def wrapper(x):
        return f(x).upper()
    return wrapper

@shout
def greet(name):
    return "hi " + name

print(greet("ann"))
