# assert cond, msg: the AssertionError carries msg itself (any object) as its argument, str() only when printed
def check(values):
    details = {"count": len(values)}
    assert values, details
    return values[0]


try:
    check([])
except AssertionError as e:
    print(e, e.args, type(e.args[0]).__name__)
try:
    assert 1 > 2, ""
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
