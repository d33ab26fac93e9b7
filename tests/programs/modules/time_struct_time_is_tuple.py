# a struct_time is a tuple: isinstance, the tuple's methods and operators, unpacking, no __dict__, read-only fields
import time
st = time.gmtime(0)
print(isinstance(st, tuple), type(st).__mro__, time.struct_time.__bases__)
print(st + (1,), st[1:3], st * 1 == tuple(st) * 1, st.count(0), st.index(1))
t = tuple(st)
print(t is st, type(t), st.tm_zone, st.tm_gmtoff)
a, b, *c = st
print(a, b, c)
print(str(st), repr(st))
for attempt in [lambda: setattr(st, "x", 1), lambda: setattr(st, "tm_year", 1), lambda: st.__dict__, lambda: vars(st)]:
    try:
        print(attempt())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([time.gmtime(5), time.gmtime(3)])[0].tm_sec, {st: 1}[tuple(st)])
try:
    del st.tm_mon
except AttributeError as e:
    print(e)
