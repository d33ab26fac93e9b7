# unsupported: locals() line 4
# a class body's locals() is the namespace the class is being built from
class Point:
    names = locals()
