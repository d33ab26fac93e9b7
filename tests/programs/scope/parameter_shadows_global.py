# a parameter hides a global of the same name
n = 100

def show(n):
    print(n)

show(1)
print(n)
