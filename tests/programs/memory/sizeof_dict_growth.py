# a dict's table grows key by key: 8 slots, then three times the items once its entries are used up
import sys

ages = {}
last = sys.getsizeof(ages)
print(0, last)
for i in range(100):
    ages["p" + str(i)] = i
    size = sys.getsizeof(ages)
    if size != last:
        print(len(ages), size)
        last = size
numbers = {}
for i in range(30):
    numbers[i] = i * i
print("int keys", len(numbers), sys.getsizeof(numbers))
