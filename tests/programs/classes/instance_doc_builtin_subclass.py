# Instances of subclasses of builtin types read their class's own __doc__, not the builtin's
class Stack(list):
    pass

class Count(int):
    pass

class Ratio(float):
    "A ratio between 0 and 1."

class Table(dict):
    pass

print(Stack([1]).__doc__)
print(Count(3).__doc__)
print(Ratio(0.5).__doc__)
print(Table(a=1).__doc__)
