# a decorator with arguments is a call that returns the decorator
def repeat(n):
    def deco(f):
        def wrapper():
            return [f() for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def ping():
    return "ping"

print(ping())
