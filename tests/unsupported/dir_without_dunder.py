# unsupported: dir() line 6
class Plain:
    pass


print(dir(Plain()))
