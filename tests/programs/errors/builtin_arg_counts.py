# builtins called with too few or too many arguments word it as CPython 3.11 does, each in its own way
calls = [
    lambda: pow(),
    lambda: pow(1),
    lambda: pow(base=1),
    lambda: round(),
    lambda: round(x=1),
    lambda: round(1, number=2),
    lambda: int(1, 2, 3),
    lambda: int(x=1, base=2, y=3),
    lambda: str(1, 2),
    lambda: bytes(1, 2),
    lambda: classmethod(),
    lambda: sorted(x=1),
    lambda: zip(0),
    lambda: super(1, 2, 3),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
print(pow(2, exp=3), round(number=2.5))
round(1, 2, 3)
