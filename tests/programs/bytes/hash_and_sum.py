# the empty bytes and str hash to 0 (so their place in a set is fixed); sum() refuses bytes
print(hash(b''), hash(''), hash(b'') == hash(''), {b'', 5, 0}, {'': 1, 0: 2})
for start in [b'', bytearray()]:
    try:
        sum([b'a'], start)
    except TypeError as e:
        print(e)
