# __iter__ returning a builtin iterator makes for-loops and list() work
class Team:
    def __init__(self, names):
        self.names = names

    def __iter__(self):
        return iter(self.names)

t = Team(["ann", "bob"])
for name in t:
    print(name)
print(list(t), "bob" in t)
