# after globals().clear() a name bound before is gone
x = 1
globals().clear()
print(x)
