# Function call frames
def square(x):
    y = x * x
    return y

def sum_of_squares(a, b):
    return square(a) + square(b)

total = sum_of_squares(3, 4)
print(total)
