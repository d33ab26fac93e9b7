# a Template subclass with its own __init__ calls Template.__init__ through super() and adds attributes of its own
from string import Template


class Greeting(Template):
    delimiter = "#"

    def __init__(self, text, greeting):
        super().__init__(text)
        self.greeting = greeting

    def render(self, **names):
        return self.greeting + ", " + self.substitute(**names)


g = Greeting("#who from #where", "Hello")
print(g.render(who="Ann", where="Oslo"))
