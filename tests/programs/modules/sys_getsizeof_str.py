# sys.getsizeof of a str follows its widest character: ASCII, latin-1, UCS-2 or UCS-4
import sys

for s in ["", "a", "hello", "é", "café", "Ā", "ĀĀĀ", "😀", "a😀", "x" * 100]:
    print(len(s), sys.getsizeof(s))
word = "naïve"
print(sys.getsizeof(word), sys.getsizeof(word.upper()))
