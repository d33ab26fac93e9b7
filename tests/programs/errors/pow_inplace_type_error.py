# `**=` on a str names the augmented operator in its TypeError
a = 'x'
a **= 2
