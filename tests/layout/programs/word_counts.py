# Counting words in a dict: 28 words, some of them repeated.
text = ("the cat sat on the mat and the dog sat on the log while the cat "
        "and the dog ran to the mat by the log all day")
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(len(text.split()), counts["the"])
