# a class statement in exec's text at module level: its body and methods are "<string>" code,
# which takes no steps; its instances are drawn as any
exec("class Point:\n    def __init__(self, x):\n        self.x = x\n    def double(self):\n        return self.x * 2")
p = Point(3)
print(Point, p.double(), p.x)
