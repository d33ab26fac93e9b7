# defining a function and calling it
def greet(name):
    print("hi", name)

greet("Ann")
