# two globals equally near: the one bound first wins
lenz = 2
len_ = 1
print(lenx)
