# Recording benchmark: exactly 100000 steps under sys.settrace (a 'line' step for the
# loop header and one for the body per iteration, the header once more at the end, the module return).
for i in range(49999):
    x = i * 2
