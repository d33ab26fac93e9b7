# a function's __dict__ can only be set to a dict
def greet():
    return "hi"


greet.__dict__ = None
