# splitlines splits on \n, \r\n and \r; keepends keeps them
text = "one\ntwo\r\nthree\rfour"
print(text.splitlines())
print(text.splitlines(True))
