# exec of empty or blank text runs nothing and gives None (memstep crashed on an empty text)
print(exec(""), exec("\n"), exec("\r\n"), exec("\t"))
print(exec("# only a comment"), exec("\n\n"))
print("after")
