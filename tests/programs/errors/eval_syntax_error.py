# eval's text ends in the middle of an expression: SyntaxError at its end marker (offset 0, no caret)
eval("1 +")
