# unsupported: xmlcharrefreplace line 3
text = 'café'
data = text.encode('ascii', 'xmlcharrefreplace')
