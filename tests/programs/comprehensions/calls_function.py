# a comprehension calling a function: the function gets frames, the comprehension does not
def double(n):
    return n * 2

out = [double(v) for v in [1, 2]]
print(out)
