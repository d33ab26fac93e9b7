# arguments passed by name
def describe(name, age):
    print(name, "is", age)

describe(age=5, name="Tom")
