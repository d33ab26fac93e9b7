# unsupported: reversed() line 11
class Countdown:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return 3 - i


c = Countdown()
for x in reversed(c):
    print(x)
