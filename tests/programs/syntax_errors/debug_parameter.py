# A parameter named __debug__ is refused where the def starts
print("never runs")
def check(value, __debug__=False):
    return value
