# during handling of one error another: the last line is the second one's hint
colour = "red"
try:
    print(color)
except NameError:
    print(colour.uper())
