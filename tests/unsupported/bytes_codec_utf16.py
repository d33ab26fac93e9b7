# unsupported: utf-16 line 3
text = 'hi'
data = text.encode('utf-16')
