# an operator with nothing on its right
x = 1 +
