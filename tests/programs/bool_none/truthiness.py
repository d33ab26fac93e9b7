# empty containers, 0 and "" are false
print(bool(0), bool(""), bool([]), bool([0]), bool("0"))
