# __init__ filling self.__dict__ from keywords, __repr__ and __eq__ reading it
class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        parts = [f"{k}={v!r}" for k, v in self.__dict__.items()]
        return "Record(" + ", ".join(parts) + ")"

    def __eq__(self, other):
        return self.__dict__ == other.__dict__


r = Record(name="Ada", year=1815)
s = Record(name="Ada", year=1815)
print(r, r == s)
s.year = 1816
print(r == s, s)
