# deleting through a data descriptor that has no __delete__
class Field:
    def __get__(self, obj, cls):
        return 1

    def __set__(self, obj, value):
        pass


class Record:
    f = Field()


r = Record()
r.f = 2
print(r.f)
del r.f
