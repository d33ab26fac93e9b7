# Kernel: pancake flips over every permutation of n items, counted (lists, slices, reversal).
def next_permutation(perm):
    # Lexicographic successor in place; False after the last one.
    i = len(perm) - 2
    while i >= 0 and perm[i] >= perm[i + 1]:
        i -= 1
    if i < 0:
        return False
    j = len(perm) - 1
    while perm[j] <= perm[i]:
        j -= 1
    perm[i], perm[j] = perm[j], perm[i]
    perm[i + 1:] = perm[i + 1:][::-1]
    return True


def flips(perm):
    deck = perm[:]
    count = 0
    first = deck[0]
    while first != 0:
        deck[:first + 1] = deck[first::-1]
        count += 1
        first = deck[0]
    return count


def fannkuch(n):
    perm = list(range(n))
    most = 0
    checksum = 0
    index = 0
    while True:
        count = flips(perm)
        if count > most:
            most = count
        checksum += count if index % 2 == 0 else -count
        index += 1
        if not next_permutation(perm):
            return most, checksum


SIZE = 9  # recorded with 8 (bench/run.py)
most, checksum = fannkuch(SIZE)
print("most flips %d, checksum %d" % (most, checksum))
