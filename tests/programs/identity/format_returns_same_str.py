# formatting a lone str with nothing to add or cut gives back that very str object
name = "memory step"
print("%s" % name is name, "%.20s" % name is name, "%s!" % name is name)
print(f"{name}" is name, f"{name:5}" is name, f"{name:20}" is name, f"{name}." is name)
print("{}".format(name) is name, "{}!".format(name) is name, "{!s}".format(name) is name)
print(format(name) is name, format(name, ".3") is name)
plain = "no fields here"
print(plain.format() is plain, plain % () is plain)
