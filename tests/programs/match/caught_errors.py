# TypeErrors of class and mapping patterns caught, a guard that raises, match inside a generator
class P:
    __match_args__ = ["x"]
    x = 1
def gen(items):
    for it in items:
        match it:
            case int(n):
                yield n * 2
            case [*xs]:
                yield from xs
print(list(gen([1, [2, 3], "s", 4])))
try:
    match P():
        case P(x):
            print(x)
except TypeError as e:
    print("TypeError:", e)
class Q:
    __match_args__ = (1,)
try:
    match Q():
        case Q(x):
            print(x)
except TypeError as e:
    print("TypeError:", e)
class R:
    __match_args__ = ("a",)
    a = 1
try:
    match R():
        case R(a, a=2):
            pass
except TypeError as e:
    print("TypeError:", e)
class L:
    K = [1]
try:
    match {"a": 1}:
        case {L.K: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)
class V:
    A = "a"
    B = "a"
try:
    match {"a": 1}:
        case {V.A: 1, V.B: 1}:
            pass
except ValueError as e:
    print("ValueError:", e)
def check(n):
    match n:
        case int(x) if 10 // x:
            return x
        case _:
            return None
print(check(5))
try:
    check(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
