# super() inside a classmethod finds the parent's classmethod
class Base:
    @classmethod
    def create(cls):
        return cls.__name__ + " made by Base"

class Child(Base):
    @classmethod
    def create(cls):
        return "Child says: " + super().create()

print(Child.create())
