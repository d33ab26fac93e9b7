# For check_compact.py's self test: twenty ints that a function reads one by one, so the heap is
# big next to each step's events (most steps are not key steps) and calls return in between.
def double(n):
    return n * 2


numbers = list(range(300, 320))
total = 0
for n in numbers:
    total = total + double(n)
print(total)
