# __set_name__ runs for each descriptor, in the class's order, when the class is made
class Named:
    def __set_name__(self, owner, name):
        print("naming", name, "in", owner.__name__)
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.name + "!"


class Form:
    first = Named()
    last = Named()


print("made")
f = Form()
print(f.first, f.last, Form.first.name)
