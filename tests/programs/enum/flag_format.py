# enum.Flag: format
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2


rw = Perm.R | Perm.W
print(f"{rw} {Perm.R!r:>12} {rw.name} {rw.value}")
print(str(Perm(0)), Perm(0).name, {rw: "both"}[Perm.W | Perm.R])
