# 80 GB asked for at once: the address-space limit refuses it.
huge = [0] * 10**10
