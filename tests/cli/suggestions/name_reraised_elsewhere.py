# the hint reads the frame the NameError came from, and the globals when it is printed
def g():
    return lenx
len_ = 2
try:
    g()
except NameError as e:
    err = e
lenz = 3
raise err
