# unsupported: class line 3
# a class statement in exec's text: its body and methods would be "<string>" code
exec("class Point:\n    pass")
print(Point)
