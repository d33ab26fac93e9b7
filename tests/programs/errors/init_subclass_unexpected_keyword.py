# object.__init_subclass__ refuses a class keyword no __init_subclass__ took
class Shape:
    pass


class Square(Shape, sides=4):
    pass
