# unsupported: string.Template line 4
import string

greeting = string.Template("hi $name")
