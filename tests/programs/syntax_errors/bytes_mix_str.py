# adjacent literals must all be bytes or all be str
ok = b'a' b'b'
bad = b'a' 'b'
