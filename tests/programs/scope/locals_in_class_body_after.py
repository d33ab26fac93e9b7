# once the class is made, its body's locals() dict is a plain dict: changing it changes no class
class Shape:
    sides = 4
    made = locals()


Shape.made["sides"] = 3
print(Shape.sides, Shape.made["sides"], Shape.made["__qualname__"])
