# bytes literals: prefixes, escapes, adjacent concatenation and CPython's repr (quote choice, \x escapes)
plain = b'abc'
double = B"it's"
both = b'say "hi" it\'s'
raw = rb'\n\x41' + Br'\d'
escapes = b'\x00\x7f\x80\xff\t\n\r\\ \101\0\777 \q'
joined = b'ab' b"cd" rb'\e'
triple = b"""line
two"""
empty = b''
print(plain, double, both)
print(raw, len(raw))
print(escapes)
print(joined, triple, empty)
print(repr(b"'"), repr(b'"'), repr(b'\'"'))
print(list(b'\x01\x02AZ'))
