# a builtin function is an object that a name can refer to
p = print
p("through an alias")
