# unsupported: locals() line 10
# a class body's locals() is the mapping the metaclass's __prepare__ made, not memstep's namespace
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"made_by": "Meta"}


class Record(metaclass=Meta):
    seen = locals()
