# a list made in a function outlives its frame
def make():
    data = [1, 2, 3]
    return data

mine = make()
print(mine)
