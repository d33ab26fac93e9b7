# expandtabs, removeprefix, removesuffix
print("a\tbc\td".expandtabs(4), "x\ty".expandtabs())
print("unhappy".removeprefix("un"), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
