# nsmallest calls its key once per item, and not at all when n is 0
import heapq


def weight(word):
    return len(word)


words = ["kiwi", "fig", "banana", "apple"]
print(heapq.nsmallest(2, words, key=weight))
print(heapq.nsmallest(0, words, key=weight), heapq.nlargest(0, iter(words)))
rest = iter(words)
print(heapq.nlargest(1, rest, key=weight), list(rest))
