# The closure keeps its variables after the function that made them returned
def make_greeter(name):
    greeting = "Hello, " + name

    def greet():
        return greeting + "!"

    return greet


g = make_greeter("Ada")
del make_greeter
print(g())
