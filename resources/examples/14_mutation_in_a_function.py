# A function changes the caller's list
def double_all(values):
    for i in range(len(values)):
        values[i] = values[i] * 2

scores = [1, 2, 3]
double_all(scores)
print(scores)
