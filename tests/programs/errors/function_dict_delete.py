# a function's __dict__ cannot be deleted
def greet():
    return "hi"


del greet.__dict__
