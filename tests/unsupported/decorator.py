# unsupported: decorator line 5
def twice(f):
    return f

@twice
def hello():
    print("hi")
