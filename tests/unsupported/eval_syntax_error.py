# unsupported: eval line 3
# eval's grammar reports many mistakes in its own words and places
eval("1 +")
