# exec of text with a mistake: SyntaxError, reported in "<string>", line 2 of the text
exec("x = 1\nif x\n    print(x)")
