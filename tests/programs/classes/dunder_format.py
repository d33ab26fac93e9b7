# format(), f-strings and str.format pass the spec to the class's __format__
class Temp:
    def __init__(self, degrees):
        self.degrees = degrees

    def __format__(self, spec):
        if spec == "F":
            return f"{self.degrees * 9 / 5 + 32:.1f}F"
        return f"{self.degrees:{spec}}C"


t = Temp(21.5)
print(format(t, "F"))
print(f"{t}|{t:>8}|{t:F}")
print("now {0:.2f} or {0:F}".format(t))
print(format(t))
