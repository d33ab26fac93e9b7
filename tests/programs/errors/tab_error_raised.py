# An uncaught TabError raised by the program (a subclass of IndentationError)
raise TabError("inconsistent use of tabs and spaces in indentation")
