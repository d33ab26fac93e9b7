# super() finds nothing when no parent defines the method
class Base:
    pass

class Child(Base):
    def run(self):
        return super().run()

Child().run()
