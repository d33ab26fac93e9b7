# operators an array does not have, and repetition by a non-int, raise CPython's TypeErrors
import array
def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('i', [1])
t(lambda: 'x' * a)
t(lambda: [1] * a)
t(lambda: a * a)
t(lambda: 2.0 * a)
t(lambda: a * 2.0)
t(lambda: None + a)
t(lambda: a - a)
t(lambda: -a)
t(lambda: a @ a)
