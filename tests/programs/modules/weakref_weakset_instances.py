# a WeakSet tracks a class's instances without keeping them: one the program lets go leaves it
import weakref


class Player:
    online = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Player.online.add(self)


ann = Player("ann")
bob = Player("bob")
Player("ghost")
print(len(Player.online), sorted(p.name for p in Player.online))
print(ann in Player.online, 3 in Player.online, [] in Player.online)
bob = None
print(len(Player.online), [p.name for p in Player.online])
