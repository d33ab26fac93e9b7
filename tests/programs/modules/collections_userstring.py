# collections.UserString: its data, repr, str, len, indexing, slicing and `in`
from collections import UserString

text = UserString("hello")
print(text, repr(text), text.data, len(text))
print(text[1], type(text[1]).__name__, text[1:4], text[::-1])
print("ell" in text, UserString("lo") in text, "z" in text)
copy = UserString(text)
print(copy.data is text.data, copy == text, copy is text)
number = UserString(42)
print(repr(number), int(number) + 1, float(UserString("2.5")))
print(hash(text) == hash("hello"))
