# compile turns text into a code object once; exec and eval run it as often as asked
step = compile("count = count + 1", "<string>", "exec")
formula = compile("count * 10", "<string>", "eval")
count = 0
exec(step)
exec(step)
print(count, eval(formula))
print(type(step).__name__, eval(step), exec(formula))
