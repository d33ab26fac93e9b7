# an error inside a function propagates through the caller's frame
def divide(a, b):
    return a / b

def main():
    return divide(1, 0)

main()
