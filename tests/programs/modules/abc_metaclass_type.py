# the type of a class derived from ABC is abc.ABCMeta
from abc import ABC, ABCMeta


class Base(ABC):
    pass


class Child(Base):
    pass


print(type(Base), type(Child) is ABCMeta, isinstance(Child, ABCMeta))
