# a misspelt builtin is found among the builtins
pritn("hello")
