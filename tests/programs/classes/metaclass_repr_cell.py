# a metaclass's __repr__ names its classes; a class it makes may use super() in its methods
class Named(type):
    def __repr__(cls):
        return "<model " + cls.__name__ + ">"


class Model(metaclass=Named):
    def save(self):
        return "saved"


class User(Model):
    def save(self):
        return "user " + super().save()


print(Model, repr(User), [User])
print(User().save())
