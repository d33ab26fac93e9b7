# a bytearray changes in place: item and slice assignment, del, append/extend/insert/pop/remove/reverse/clear, += and *=
buf = bytearray(b'hello')
alias = buf
buf[0] = 72
buf[1:3] = b'EY'
buf.append(33)
buf.extend([63, 63])
buf.insert(0, 62)
last = buf.pop()
buf.remove(63)
del buf[0]
print(buf, alias, last, alias is buf)
buf += b'..'
buf *= 2
print(buf)
buf[::2] = bytes(len(buf[::2]))
del buf[1::2]
print(buf, len(buf))
buf.reverse()
buf.clear()
print(buf, alias)
rows = [bytearray(2), bytearray(2)]
rows[1][0] = 7
print(rows)
