# an error while the class body runs unwinds the class frame
class Broken:
    x = 1
    y = x / 0
