# unsupported: clearing line 4
class Scratch:
    temp = 1
    locals().clear()
