# Deleting __debug__ is a SyntaxError of its own
print("never runs")
del __debug__
