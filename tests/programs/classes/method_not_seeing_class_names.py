# a method does not see class-body names: `limit` here is the global
limit = 100

class Gauge:
    limit = 5

    def check(self):
        return limit

print(Gauge().check(), Gauge.limit)
