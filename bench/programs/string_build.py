# Building strings: concatenation, str() of ints, join and slicing.
parts = []
line = ""
for i in range(800_000):
    line += str(i % 10)
    if len(line) >= 40:
        parts.append(line[::-1])
        line = ""
text = "-".join(parts)
print(len(parts), len(text), text[:20])
