# eval takes one expression: a second line of text fails at its first token, on line 2 of "<string>"
values = eval("[1, 2]\n[3]")
