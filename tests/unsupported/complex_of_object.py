# unsupported: complex() line 9
class Reading:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return float(self.value)

z = complex(Reading(2))
