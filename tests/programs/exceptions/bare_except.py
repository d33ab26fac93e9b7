# a bare except catches any exception
for text in ["5", "five"]:
    try:
        print(int(text) * 2)
    except:
        print("that was not a number")
