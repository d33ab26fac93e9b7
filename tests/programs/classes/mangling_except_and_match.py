# except ... as __e and a match capture __c inside a method bind mangled locals.
class A:
    def f(self, v):
        if v == 0:
            try:
                1 / v
            except ZeroDivisionError as __e:
                return type(__e).__name__
        match v:
            case [__c, *__rest]:
                return __c, __rest
            case _:
                return None


print(A().f(0), A().f([1, 2, 3]), A().f(1))
