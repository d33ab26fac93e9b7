# eval's grammar reports mistakes in its own places: a statement, `=`, `;`, a second line, a missing comma
texts = ["1 +", "x = 1", "(1, 2", "print(1); 2", "a b", "1\n2", "x += 1", "", "f(a b)",
         "x: int", "1 if 2", "pass", "1 = 2", "1 +\n", "lambda n=1: n + 1"]
for text in texts:
    try:
        result = eval(text)
        print(repr(text), "->", result(2))
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e)
