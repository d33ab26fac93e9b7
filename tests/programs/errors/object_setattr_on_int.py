# object.__setattr__ on an int: an int has no __dict__ to store the attribute in
object.__setattr__(1, "x", 2)
