# unsupported: __base__ line 11
class Swimmer:
    pass


class Flyer:
    pass

class Duck(Swimmer, Flyer):
    pass
print(Duck.__base__)
