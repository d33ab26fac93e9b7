# Instantiating a class that leaves an abstract method unimplemented: TypeError
from abc import ABC, abstractmethod


class Animal(ABC):
    @abstractmethod
    def speak(self):
        ...


class Dog(Animal):
    pass


pet = Dog()
