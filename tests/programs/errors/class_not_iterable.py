# iterating over an instance whose class has no __iter__
class Box:
    pass

for x in Box():
    print(x)
