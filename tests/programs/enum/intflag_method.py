# enum.IntFlag: method
from enum import IntFlag


class Opt(IntFlag):
    A = 1
    B = 2

    def with_b(self):
        return self | Opt.B


both = Opt.A.with_b()
print(repr(both), sorted([Opt.B, Opt.A]), hash(Opt.A) == hash(1), {Opt.A: "a"}[1])
