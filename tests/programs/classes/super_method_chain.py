# each override extends the parent's result through super()
class Base:
    def describe(self):
        return ["base"]

class Middle(Base):
    def describe(self):
        return super().describe() + ["middle"]

class Top(Middle):
    def describe(self):
        return super().describe() + ["top"]

print(Top().describe())
