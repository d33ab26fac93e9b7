# gen.throw(Type), gen.throw(Type, value), gen.throw(Type, tuple): the exception is made from them
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)


c = catcher()
next(c)
c.throw(KeyError)
c.throw(KeyError, "k")
c.throw(ValueError, ("a", 2))
c.throw(TypeError, None)
same = IndexError("i")
c.throw(IndexError, same)
c.throw(LookupError, same)
c.throw(same, None)
