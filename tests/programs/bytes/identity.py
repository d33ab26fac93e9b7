# CPython shares b'' and one-byte bytes, equal constants, a bytes sliced whole; a bytearray is always new
empty = b''
made = bytes()
print(empty is made, bytes([]) is empty, b'abc'[3:] is empty)
letter = b'A'
print(bytes([65]) is letter, b'BAD'[1:2] is letter, bytes(b'A') is letter)
word = b'shared'
def again():
    return b'shared'
print(again() is word, word[:] is word, bytes(word) is word, word + b'' is word, word * 1 is word)
print(word.strip() is word, word.replace(b'z', b'y') is word, b''.join([word]) is word)
print(word.upper() is word.upper(), word.lower() is word)
arr = bytearray(b'shared')
print(arr is bytearray(b'shared'), arr[:] is arr, bytearray(arr) is arr, arr.copy() is arr, arr == word)
