# break inside finally discards the exception that was propagating
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        print("finally", i)
        break
print("loop ended, i =", i)
