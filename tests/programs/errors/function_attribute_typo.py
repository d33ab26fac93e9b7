# a misspelt attribute of a function: the traceback suggests the attribute it has
def tally():
    pass


tally.count = 0
tally.cuont += 1
