# heapq.merge: key
import heapq


def size(word):
    return len(word)


words = list(heapq.merge(["a", "ccc"], ["bb", "dd", "eeee"], key=size))
print(words)
print(list(heapq.merge(["x", "yy"], ["zzz", "ww"], key=len, reverse=True)))
