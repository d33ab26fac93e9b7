# eval and exec take text: anything else is a TypeError
eval(42)
