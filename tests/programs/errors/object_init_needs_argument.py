# object.__init__ read from the class needs the instance as its first argument
object.__init__()
