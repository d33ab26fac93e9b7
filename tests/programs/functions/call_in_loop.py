# each call makes a fresh frame
def cube(n):
    return n * n * n

for i in range(3):
    print(cube(i))
