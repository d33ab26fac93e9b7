# unsupported: DocTestSuite line 4
import doctest

suite = doctest.DocTestSuite()
