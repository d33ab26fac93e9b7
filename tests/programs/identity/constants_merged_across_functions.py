# a constant in a function body is the same object as the equal module constant
def get():
    return 12345

n = 12345
m = get()
print(n is m)
