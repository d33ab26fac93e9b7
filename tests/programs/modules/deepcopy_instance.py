# copy.deepcopy of an instance: a new object whose mutable attributes are copied too, immutable ones shared
import copy


class Team:
    def __init__(self, name, members):
        self.name = name
        self.members = members


t = Team("blue", [["ann", 30], ["bob", 25]])
u = copy.deepcopy(t)
u.members[0][1] = 31
print(u is t, u.name is t.name, u.members is t.members, t.members, u.members)
