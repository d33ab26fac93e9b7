# A key function that changes the list being sorted: ValueError once the sort ends
data = [5, 3, 8, 1]


def spy(x):
    data.append(x)
    return x


data.sort(key=spy)
