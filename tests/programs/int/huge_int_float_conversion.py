# ints past a double's range: float(), int / int, rounding at the top, their OverflowErrors
big = 10 ** 400
try:
    float(big)
except OverflowError as error:
    print(error)
try:
    big / 3
except OverflowError as error:
    print(error)
print(big / 10 ** 399, (10 ** 5000 + 1) / 10 ** 4990, 3 / big, -big / (big * 7))
print(float(2 ** 1023 + 2 ** 970), float(-(2 ** 1024 - 2 ** 971)), int(1e308) % 1000)
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as error:
    print("rounds up:", error)
print(big > 1e308, -big < -1e308, big == float("inf"), 2 ** 2000 // 3 ** 1000 % 1000)
