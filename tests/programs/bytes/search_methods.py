# searching bytes: find/rfind/index/count (a bytes needle or a byte value), startswith/endswith, partition
data = b'the cat sat on the mat'
print(data.find(b'at'), data.rfind(b'at'), data.find(b'dog'), data.find(116), data.find(b'at', 5, 10))
print(data.index(b'sat'), data.rindex(b'the'), data.count(b'at'), data.count(b't'), data.count(b''))
print(data.startswith(b'the'), data.endswith((b'cat', b'mat')), data.startswith(b'cat', 4))
print(data.partition(b' on '), data.rpartition(b'the'), b'abc'.partition(b'x'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body.txt'.removesuffix(b'.txt'))
arr = bytearray(b'abcabc')
print(arr.find(b'c'), arr.count(97), arr.index(b'b', 2), arr.endswith(b'bc'))
