# return inside except runs finally before the function actually returns
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    finally:
        print("safe_div", a, b)
print(safe_div(6, 3))
print(safe_div(1, 0))
