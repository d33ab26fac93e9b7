# object.__new__ cannot make an int: int's own __new__ must
object.__new__(int)
