# with: __enter__ runs before the body, __exit__ after it gets (None, None, None); x is what __enter__ returned
class Manager:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False


with Manager("m") as x:
    y = x.name
    print("body", y)
print("after", x.name)
