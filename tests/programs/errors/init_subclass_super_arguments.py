# super().__init_subclass__ given a positional argument: object's takes none
class Base:
    def __init_subclass__(cls):
        super().__init_subclass__(cls)


class Child(Base):
    pass
