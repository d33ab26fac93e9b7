# a list grows by append: sys.getsizeof jumps only when its spare slots run out
import sys

numbers = []
last = sys.getsizeof(numbers)
print(0, last)
for i in range(40):
    numbers.append(i)
    size = sys.getsizeof(numbers)
    if size != last:
        print(len(numbers), size, "slots:", (size - 56) // 8)
        last = size
