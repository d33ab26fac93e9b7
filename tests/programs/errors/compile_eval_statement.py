# compile in 'eval' mode of a statement: SyntaxError at the statement's keyword
code = compile("import math", "<string>", "eval")
