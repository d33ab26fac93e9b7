# encoding and decoding errors: UnicodeEncodeError/UnicodeDecodeError with CPython's positions and reasons
def attempt(action):
    try:
        print(action())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ':', e, isinstance(e, ValueError))

attempt(lambda: 'café'.encode('ascii'))
attempt(lambda: 'a€€b'.encode('ascii'))
attempt(lambda: 'x€'.encode('latin-1'))
attempt(lambda: '😀'.encode('us-ascii'))
attempt(lambda: '\udc80'.encode())
attempt(lambda: b'\xff'.decode())
attempt(lambda: b'\xc3\x28'.decode('utf-8'))
attempt(lambda: b'ab\xf0\x9f\x98'.decode())
attempt(lambda: b'\xed\xa0\x80'.decode())
attempt(lambda: b'ok\x80'.decode('ascii'))
attempt(lambda: b'\xe9t\xe9'.decode('latin_1'))
attempt(lambda: b'\xff'.decode('utf-8', 'no-such-handler'))
attempt(lambda: b'fine'.decode('utf-8', 'no-such-handler'))
