# unsupported: eval line 3
# a mistake eval's grammar reports in words and places memstep does not know yet
eval("print 'x'")
