# An error in a comprehension marks the failing part of its element
rows = [1, 2, 0]
inverse = [10 // r for r in rows]
