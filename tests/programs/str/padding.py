# center, ljust, rjust with fill characters, and zfill with signs
print("[" + "hi".center(7, "*") + "]", "[" + "hi".ljust(5) + "]", "[" + "hi".rjust(5, "-") + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4))
