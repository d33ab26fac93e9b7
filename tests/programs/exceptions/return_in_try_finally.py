# return inside try still runs the finally block before the function returns
def f():
    try:
        return "from try"
    finally:
        print("finally runs first")
result = f()
print(result)
