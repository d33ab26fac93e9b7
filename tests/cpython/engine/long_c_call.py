# One C call that would run for hours: only the wall-clock kill ends it.
total = sum(range(10**14))
