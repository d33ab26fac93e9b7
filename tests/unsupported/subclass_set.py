# unsupported: subclassing line 2
class Tags(set):
    def add_all(self, *items):
        self.update(items)


t = Tags()
t.add_all("a", "b")
