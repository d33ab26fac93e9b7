# an annotation naming an undefined name raises NameError when the def runs
def area(width: float, height: Undefined) -> float:
    return width * height


print(area(2, 3))
