# reading an attribute a function never got: AttributeError naming 'function'
def counter():
    counter.count += 1


counter()
