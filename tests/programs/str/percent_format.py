# % formatting
name = "Bo"
age = 7
print("%s is %d years old" % (name, age))
