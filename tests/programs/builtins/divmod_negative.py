# // and % floor toward negative infinity, for ints and floats
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, divmod(-7, 2), divmod(7.5, -2))
print(-7.5 // 2, -7.5 % 2, divmod(10, 3))
