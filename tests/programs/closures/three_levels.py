# The innermost function reads variables of both enclosing functions
def a():
    x = "a"

    def b():
        y = "b"

        def c():
            return x + y

        return c

    return b()


f = a()
print(f())
