# a \x escape in a bytes literal needs two hex digits
ok = b'\x41'
bad = b'ab\x4'
