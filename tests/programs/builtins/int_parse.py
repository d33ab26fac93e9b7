# int() with bases, underscores and whitespace
print(int("  42 "), int("-1_000"), int("ff", 16), int("0x1F", 0), int("0b101", 2), int("z", 36))
print(float(" 1.5e3 "), float("-inf"), float("1_0.5"), int(3.99), int(-3.99))
