# a str, list, tuple or bytes on the left of + or += meets an instance: its __radd__ first, then list += extends and the rest refuse it in their own words
class Bag:
    def __iter__(self):
        return iter([1])
class R:
    def __iter__(self):
        return iter([1])
    def __radd__(self, other):
        return 'radd'
for left in ([0], 'a', (1,), b'a', bytearray(b'a')):
    for right in (Bag(), R()):
        try:
            print(left + right)
        except TypeError as e:
            print(e)
for start in ([0], 'a', (1,), b'a', bytearray(b'a')):
    x = start
    try:
        x += Bag()
        print(x)
    except TypeError as e:
        print(e)
    x = start
    x += R()
    print(x)
