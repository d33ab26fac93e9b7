# Assigning to __debug__ is a SyntaxError: the compiler treats it as a constant
print("never runs")
__debug__ = False
