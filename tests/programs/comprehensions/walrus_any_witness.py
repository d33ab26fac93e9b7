# any() stops at the first witness, and := keeps it after the generator expression
words = ["apple", "kiwi", "banana", "fig"]
if any(len(found := w) < 4 for w in words):
    print("short word:", found)


def first_negative(numbers):
    if any((n := x) < 0 for x in numbers):
        return n
    return None


print(first_negative([3, 1, -4, 1, -5]))
print(first_negative([2, 7]))
