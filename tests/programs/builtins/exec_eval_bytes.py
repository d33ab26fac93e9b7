# exec and eval take source as bytes, a bytearray or a memoryview: UTF-8 text
exec(b"greeting = 'hello'\nprint(greeting, len(greeting))")
print(eval(bytearray(b"  6 * 7")))
print(eval(memoryview(b"[n * n for n in range(4)]")))
exec(memoryview(b"##print(greeting.upper())")[2:])
print(eval(b"'caf\xc3\xa9'"))
try:
    eval(b"1 +")
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec(5)
except TypeError as e:
    print(e)
