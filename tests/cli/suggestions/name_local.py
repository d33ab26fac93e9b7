# a NameError in a function suggests its own local variable before any global
def area(width, height):
    result = width * height
    return reslt
counter = 0
area(2, 3)
