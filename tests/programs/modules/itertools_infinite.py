# count, cycle and repeat are endless: islice and zip take what they need
from itertools import count, cycle, repeat, islice

counter = count(10, 5)
print(next(counter), next(counter), list(islice(counter, 3)))
colours = cycle(["red", "green"])
print([next(colours) for _ in range(5)])
word = "hi"
echo = repeat(word, 3)
copies = list(echo)
print(copies, copies[0] is word, list(zip(count(), "ab")))
print(list(islice("abcdefg", 1, 6, 2)), list(islice(range(10), None)))
