# pow() with a modulus and a base that is not a number names all three types
print(pow("ten", 2, 7))
