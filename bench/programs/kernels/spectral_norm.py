# Kernel: the spectral norm of an infinite matrix's corner by the power method (floats, generators).
def entry(i, j):
    # The matrix 1 / (1 + (i + j)(i + j + 1) / 2 + i): its rows are a shifted triangle walk.
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(vector):
    n = len(vector)
    return [sum(entry(i, j) * vector[j] for j in range(n)) for i in range(n)]


def times_transposed(vector):
    n = len(vector)
    return [sum(entry(j, i) * vector[j] for j in range(n)) for i in range(n)]


def times_both(vector):
    return times_transposed(times(vector))


def spectral_norm(n, rounds):
    u = [1.0] * n
    v = u
    for _ in range(rounds):
        v = times_both(u)
        u = times_both(v)
    top = sum(a * b for a, b in zip(u, v))
    bottom = sum(b * b for b in v)
    return (top / bottom) ** 0.5


SIZE = 240  # recorded with 80 (bench/run.py)
print("%.9f" % spectral_norm(SIZE, 10))
