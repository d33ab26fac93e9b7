# The method is looked up before its arguments run; rebinding it meanwhile does not change the call.
class Box:
    def show(self, value):
        return "old " + str(value)


def swap():
    Box.show = lambda self, value: "new " + str(value)
    return 1


b = Box()
print(b.show(swap()))
print(b.show(2))
