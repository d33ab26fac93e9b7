# Iterating a StringIO gives its lines, each with its newline; a for loop and next()
import io

data = io.StringIO("apple\nbanana\ncherry\n")
count = 0
for line in data:
    count += 1
    print(count, line.strip())
data.seek(0)
first = next(data)
words = [w.rstrip("\n") for w in data]
print(repr(first), words)
