# Augmented assignment and del across lines: the subscript, the in-place operation and the store each step on their own line
x = [1, 2]
y = 1
(x
 [0]) += (
    5)
x[
  1] += 2
y += (
    3)
del (x
     [0])
print(x, y)
