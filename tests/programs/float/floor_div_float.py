# // on floats gives a float
a = 7.5 // 2
print(a)
