# a data descriptor wins over the instance's own attribute, a non-data one loses to it
class Always:
    def __get__(self, obj, owner):
        return "descriptor"

    def __set__(self, obj, value):
        print("kept out", value)


class Plain:
    def __get__(self, obj, owner):
        return "plain"


class Host:
    data = Always()
    other = Plain()


h = Host()
h.data = 1
h.other = 2
print(h.data, h.other, Host.other)
