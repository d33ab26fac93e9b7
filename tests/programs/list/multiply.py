# [0] * 4 repeats the reference to the same 0
zeros = [0] * 4
print(zeros)
