# a keyword cannot be used as a variable name
class = 3
