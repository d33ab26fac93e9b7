# heapq.merge: generators
import heapq


def evens():
    for n in range(0, 6, 2):
        yield n


def odds():
    for n in range(1, 6, 2):
        yield n


total = 0
for value in heapq.merge(evens(), odds()):
    total += value
print(total)
