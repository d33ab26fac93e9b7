# a function without return gives None
def nothing():
    pass

r = nothing()
print(r)
