# a bytes literal may hold only ASCII characters: anything else is a SyntaxError
ok = b'abc'
bad = b'café'
