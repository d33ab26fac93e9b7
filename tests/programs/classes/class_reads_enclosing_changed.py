# a method sees the function's variable as it is when the method runs
def make():
    greeting = "hi"

    class Greeter:
        text = greeting

        def greet(self, name):
            return greeting + " " + name

    greeting = "hello"
    return Greeter


G = make()
print(G.text, G().greet("Ada"))
