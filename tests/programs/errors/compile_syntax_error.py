# compile reports a mistake in the text before anything of it runs
code = compile("total = 0\nfor n in range(3)\n    total += n", "<string>", "exec")
