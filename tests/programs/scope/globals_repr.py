# globals() printed whole: the names python3 puts in __main__ first, then the program's
x = 1
print(repr(globals()).split(" object at ")[0])
print(repr(globals()).split(">, ", 1)[1].replace(__file__, "PROGRAM"))
