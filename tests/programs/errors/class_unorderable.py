# < between instances without __lt__
class Box:
    pass

print(Box() < Box())
