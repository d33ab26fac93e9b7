# the * width of %-formatting must be an int: "* wants int"
width = "5"
line = "%*d" % (width, 42)
