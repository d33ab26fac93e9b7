# decorators apply bottom-up
def add_a(f):
    def w():
        return f() + "a"
    return w

def add_b(f):
    def w():
        return f() + "b"
    return w

@add_a
@add_b
def base():
    return "-"

print(base())
