# an exception raised two calls deep passes through each frame until a caller catches it
def inner(n):
    return 10 // n
def middle(n):
    result = inner(n)
    return result + 1
def outer():
    try:
        return middle(0)
    except ZeroDivisionError as e:
        print("outer caught:", e)
        return -1
print(outer())
