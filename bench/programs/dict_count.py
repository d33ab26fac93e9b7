# Counting words in a dict.
words = ["apple", "pear", "plum", "fig", "kiwi", "lime", "date", "nut"]
counts = {}
for i in range(1_000_000):
    word = words[(i * 7 + i // 3) % 8]
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
for word in sorted(counts):
    print(word, counts[word])
