# unsupported: locals() line 2
names = [sorted(locals()) for n in range(2)]
