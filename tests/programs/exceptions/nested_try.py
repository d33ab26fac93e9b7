# an inner try that does not match lets the exception reach the outer handler
try:
    try:
        [][0]
    except KeyError:
        print("inner")
    finally:
        print("inner finally")
except IndexError as e:
    print("outer caught", e)
