# string's constants are plain str objects; capwords capitalises each word
import string

print(string.ascii_lowercase, string.digits, string.hexdigits, string.octdigits)
print(len(string.ascii_letters), string.ascii_uppercase[:3], string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b-c", "-"))
letters = [c for c in "a1b2" if c in string.ascii_letters]
print(letters)
