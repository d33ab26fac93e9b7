# A lambda parameter named __debug__
f = [lambda __debug__: 1]
