# the else block runs only when the try body raised nothing
def parse(text):
    try:
        n = int(text)
    except ValueError:
        print("bad:", text)
        n = None
    else:
        print("good:", n)
    return n
parse("12")
parse("x1")
