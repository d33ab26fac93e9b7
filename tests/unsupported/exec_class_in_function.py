# unsupported: class line 3
def make():
    exec("class Point:\n    pass")
    print("made")


make()
